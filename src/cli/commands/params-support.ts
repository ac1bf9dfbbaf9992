import { readFile } from "node:fs/promises";
import { InvalidArgumentError } from "commander";
import { SessionkitError } from "../../core/errors/index.js";
import {
  defaultParamSet,
  formatProblem,
  loadParamText,
  PARAM_SLOTS,
  type ParamFileStore,
  type ParamSchemaEntry,
  ParamSchemaRegistry,
  type ParamSet,
  type ParamSlot,
  paramsInvalidError,
} from "../../core/params/index.js";
import { BUILTIN_STRATEGY_PACKAGES } from "../default-bot.js";

export const STRATEGY_IDS = ["S2", "S3", "S6", "S11"] as const;

/** `--strategy` value: S2|S3|S6|S11 in any case, returned upper-case. */
export function parseStrategy(value: string): string {
  const id = value.toUpperCase();
  if (!(STRATEGY_IDS as readonly string[]).includes(id)) {
    throw new InvalidArgumentError(
      `expected one of ${STRATEGY_IDS.join(" | ")} (any case), got ${JSON.stringify(value)}`,
    );
  }
  return id;
}

/**
 * The registry of the four built-in strategy schemas, read from their plugin packages. The specifiers are
 * not literals on purpose: the SDK is built before the plugins (which depend on it), so tsc must not try to
 * resolve the plugins' types while building the SDK.
 */
export async function loadBuiltinParamRegistry(): Promise<ParamSchemaRegistry> {
  const registry = new ParamSchemaRegistry();
  for (const [spec] of BUILTIN_STRATEGY_PACKAGES) {
    const mod = (await import(spec)) as { paramSchemaEntry?: ParamSchemaEntry };
    if (mod.paramSchemaEntry === undefined) {
      throw new SessionkitError("SK_PLUGIN_INVALID", `${spec} does not export paramSchemaEntry`, { value: spec });
    }
    registry.register(mod.paramSchemaEntry);
  }
  return registry;
}

/** A slot name (stage|current|previous) or a file path. */
export function isSlot(ref: string): ref is ParamSlot {
  return (PARAM_SLOTS as readonly string[]).includes(ref);
}

/** Loads and validates a file, throwing SK_PARAMS_INVALID with every problem. */
export async function loadFileOrThrow(
  path: string,
  registry: ParamSchemaRegistry,
  strategy?: string,
): Promise<ParamSet> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new SessionkitError("SK_PARAMS_NOT_FOUND", `${path}: cannot read (${(e as NodeJS.ErrnoException).code})`, {
      file: path,
      cause: e,
    });
  }
  const r = loadParamText(text, { registry, file: path, ...(strategy !== undefined && { strategy }) });
  if (!r.ok) throw paramsInvalidError(r.problems, path);
  return r.set;
}

const short = (h: string) => h.slice(0, 12);

/** `params show` as text: one row per field, one column per session, each value with its source. */
export function renderSet(set: ParamSet, label: string): string {
  const sessions = ["Overnight", "RTH", "PostRTH"] as const;
  const tag = { default: "", file: " (file)", "session-override": " (session)" } as const;
  const rows = [["field", ...sessions]];
  for (const field of Object.keys(set.defaults)) {
    rows.push([
      field,
      ...sessions.map((s) => `${JSON.stringify(set.sessions[s][field])}${tag[set.sources[s][field] ?? "default"]}`),
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const head = `${set.strategy} ${label}: ${set.origin} (hash ${short(set.parametersHash)})`;
  return [
    head,
    ...rows.map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join("  ")
        .trimEnd(),
    ),
  ].join("\n");
}

/** Field-by-field differences of the defaults and every effective session set. */
export function diffSets(a: ParamSet, b: ParamSet): { path: string; from: unknown; to: unknown }[] {
  const out: { path: string; from: unknown; to: unknown }[] = [];
  const scopes = [["defaults", a.defaults, b.defaults] as const];
  for (const s of ["Overnight", "RTH", "PostRTH"] as const) {
    scopes.push([`sessions.${s}`, a.sessions[s], b.sessions[s]] as never);
  }
  for (const [scope, x, y] of scopes) {
    for (const key of Object.keys(x)) {
      const from = (x as Record<string, unknown>)[key];
      const to = (y as Record<string, unknown>)[key];
      if (from !== to) out.push({ path: `${scope}.${key}`, from, to });
    }
  }
  return out;
}

export { formatProblem };

/** A `--slot`/`--from`/`--to` reference as a validated set: a slot of the store (schema defaults when absent) or a file. */
export async function resolveRef(
  ref: string,
  o: { strategy: string; artifacts?: string },
  registry: () => Promise<ParamSchemaRegistry>,
  store: (o: { artifacts?: string }) => Promise<ParamFileStore>,
): Promise<ParamSet> {
  const reg = await registry();
  if (!isSlot(ref)) return loadFileOrThrow(ref, reg, o.strategy);
  const r = await (await store(o)).read(ref, o.strategy);
  if (r === undefined) {
    process.stderr.write(`${ref}/${o.strategy}.json does not exist; showing schema defaults\n`);
    return defaultParamSet(reg.get(o.strategy));
  }
  if (!r.ok) throw paramsInvalidError(r.problems, `${ref}/${o.strategy}.json`);
  return r.set;
}
