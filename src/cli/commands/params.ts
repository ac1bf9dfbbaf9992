import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { CATALOGUE, SessionkitError } from "../../core/errors/index.js";
import {
  importReferenceParams,
  loadParamText,
  ParamFileStore,
  type ParamSchemaRegistry,
  serializeParamFile,
  writeFileAtomic,
} from "../../core/params/index.js";
import { loadBotConfigFor } from "../context.js";
import {
  diffSets,
  formatProblem,
  loadBuiltinParamRegistry,
  parseStrategy,
  renderSet,
  resolveRef,
} from "./params-support.js";

export interface ParamsCommandDeps {
  /** Where schemas come from; defaults to the four built-in strategy plugins. */
  readonly registry?: () => Promise<ParamSchemaRegistry>;
}

interface Common {
  readonly artifacts?: string;
  readonly json?: boolean;
  readonly strategy?: string;
}

const write = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
const writeJson = (value: unknown) => write(JSON.stringify(value, null, 2));
const ARTIFACTS = [
  "--artifacts <dir>",
  "artifacts folder holding parameters/ (default: the config's params.dir, else ./artifacts)",
] as const;
const STRATEGY = ["--strategy <id>", "strategy: S2 | S3 | S6 | S11 (any case)", parseStrategy] as const;

/** Registers `params show|validate|diff|promote|rollback|import` on the program. */
export function registerParamsCommands(program: Command, deps: ParamsCommandDeps = {}): void {
  const registry = deps.registry ?? loadBuiltinParamRegistry;
  // --artifacts wins; otherwise the bot config's params.dir (loaded without booting the bot).
  const artifactsDir = async (o: Common) =>
    o.artifacts !== undefined ? resolve(o.artifacts) : (await loadBotConfigFor(program)).params.dir;
  const store = async (o: Common) => ParamFileStore.open(await artifactsDir(o), { registry: await registry() });
  const params = program
    .command("params")
    .description("inspect, validate, import, promote and roll back parameter files");

  params
    .command("show")
    .description("show the effective parameter set of every session, with where each value came from")
    .requiredOption(...STRATEGY)
    .option("--slot <slot>", "stage | current | previous, or a file path", "current")
    .option(...ARTIFACTS)
    .option("--json", "print JSON")
    .action(async (o: Common & { strategy: string; slot: string }) => {
      const set = await resolveRef(o.slot, o, registry, store);
      if (o.json)
        writeJson({
          strategy: set.strategy,
          origin: set.origin,
          parametersHash: set.parametersHash,
          defaults: set.defaults,
          sessions: set.sessions,
          sources: set.sources,
        });
      else write(renderSet(set, o.slot));
    });

  params
    .command("validate <file>")
    .description("check a parameter file and list every problem (exit code 5 when any)")
    .option(...STRATEGY)
    .option("--json", "print JSON")
    .action(async (file: string, o: { strategy?: string; json?: boolean }) => {
      const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => e);
      const r =
        typeof text === "string"
          ? loadParamText(text, {
              registry: await registry(),
              file,
              ...(o.strategy !== undefined && { strategy: o.strategy }),
            })
          : ({ ok: false, problems: [{ path: "(file)", message: `cannot read ${file}: ${text.code}` }] } as const);
      if (!r.ok) process.exitCode = CATALOGUE.SK_PARAMS_INVALID.exitCode;
      if (o.json) {
        writeJson(
          r.ok
            ? { ok: true, file, strategy: r.set.strategy, parametersHash: r.set.parametersHash, problems: [] }
            : { ok: false, file, problems: r.problems },
        );
      } else if (r.ok) write(`${file}: valid ${r.set.strategy} parameters (hash ${r.set.parametersHash})`);
      else write(r.problems.map(formatProblem).join("\n"));
    });

  params
    .command("diff")
    .description("compare two parameter sets field by field (slots or files)")
    .requiredOption(...STRATEGY)
    .option("--from <ref>", "stage | current | previous, or a file path", "current")
    .option("--to <ref>", "stage | current | previous, or a file path", "stage")
    .option(...ARTIFACTS)
    .option("--json", "print JSON")
    .action(async (o: Common & { strategy: string; from: string; to: string }) => {
      const a = await resolveRef(o.from, o, registry, store);
      const b = await resolveRef(o.to, o, registry, store);
      const changes = diffSets(a, b);
      if (o.json)
        writeJson({ from: a.origin, to: b.origin, fromHash: a.parametersHash, toHash: b.parametersHash, changes });
      else if (changes.length === 0) write(`no differences (${o.from} → ${o.to})`);
      else write(changes.map((c) => `${c.path}: ${JSON.stringify(c.from)} -> ${JSON.stringify(c.to)}`).join("\n"));
    });

  params
    .command("promote")
    .description("make stage/<STRATEGY>.json current, backing up current to previous (crash-safe)")
    .requiredOption(...STRATEGY)
    .option(...ARTIFACTS)
    .option("--json", "print JSON")
    .action(async (o: Common & { strategy: string }) => {
      const r = await (await store(o)).promote(o.strategy);
      if (o.json) writeJson(r);
      else write(`promoted ${r.strategy} ${r.parametersHash} (previous ${r.replacedHash ?? "none"})`);
    });

  params
    .command("rollback")
    .description("restore previous/<STRATEGY>.json as current, archiving the failed one")
    .requiredOption(...STRATEGY)
    .option(...ARTIFACTS)
    .option("--json", "print JSON")
    .action(async (o: Common & { strategy: string }) => {
      const r = await (await store(o)).rollback(o.strategy);
      if (o.json) writeJson(r);
      else write(`rolled back ${r.strategy} to ${r.restoredHash}; archived ${r.archived}`);
    });

  params
    .command("import <file>")
    .description("convert a reference-format parameter file (flat PascalCase or trainer snake_case)")
    .requiredOption(...STRATEGY)
    .option("--out <file>", "write the converted file here")
    .option("--stage", "write the converted file to <artifacts>/parameters/stage/")
    .option("--drop-unmapped", "drop keys with no sessionkit parameter instead of failing")
    .option(...ARTIFACTS)
    .option("--json", "print JSON")
    .action(
      async (file: string, o: Common & { strategy: string; out?: string; stage?: boolean; dropUnmapped?: boolean }) => {
        if (o.out === undefined && !o.stage) throw usage("params import needs --out <file> or --stage");
        const report = importReferenceParams(await readFile(file, "utf8"), {
          registry: await registry(),
          strategy: o.strategy,
          file,
          dropUnmapped: o.dropUnmapped === true,
        });
        const written: string[] = [];
        if (o.out !== undefined) {
          await writeFileAtomic(resolve(o.out), serializeParamFile(report.file));
          written.push(o.out);
        }
        if (o.stage) written.push(await (await store(o)).writeStage(report.file));
        if (o.json) {
          writeJson({
            shape: report.shape,
            mapped: report.mapped,
            dropped: report.dropped,
            written,
            parametersHash: report.file.parametersHash,
          });
          return;
        }
        const lines = [`${file}: ${report.shape} shape, ${report.mapped.length} key(s) mapped`];
        for (const m of report.mapped) lines.push(`  mapped  ${m.from} -> ${m.to}`);
        for (const d of report.dropped) lines.push(`  dropped ${d.from}: ${d.reason}`);
        for (const w of written) lines.push(`wrote ${w} (${report.file.strategy}, hash ${report.file.parametersHash})`);
        write(lines.join("\n"));
      },
    );
}

const usage = (message: string) => new SessionkitError("SK_CLI_USAGE", message);
