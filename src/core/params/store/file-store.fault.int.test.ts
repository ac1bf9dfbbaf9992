import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { sha256Hex } from "../canonical-json.js";
import { makeParamFile, serializeParamFile } from "../file-format.js";
import { ParamSchemaRegistry } from "../registry.js";
import { ParamFileStore } from "./file-store.js";

/**
 * Fault injection (SPEC §4: a crash at any point leaves exactly one valid current). A child process runs
 * promote or rollback against the compiled store and SIGKILLs itself at step k; every k of every
 * operation is hit, and some runs also crash the recovery that follows. The parent then opens the store
 * (which recovers) and checks the invariants.
 */
const here = dirname(fileURLToPath(import.meta.url));
const coreDir = join(here, "..", "..");
const driver = join(here, "__fixtures__", "fault-driver.mjs");
const registry = new ParamSchemaRegistry([
  { strategy: "S2", schemaVersion: 1, schema: z.strictObject({ minVolume: z.number().int().min(0).default(3000) }) },
]);
const fileText = (minVolume: number) =>
  serializeParamFile(makeParamFile({ strategy: "S2", defaults: { minVolume } }, () => new Date(0)));
const [P0, A, B] = [fileText(100), fileText(200), fileText(300)];
// tmpfs when available: the test is about ordering and atomicity, not disk speed, and the machine is shared.
const scratch = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

let built = "";
let templates: { promote: string; rollback: string };

/** Transpiles the store and what it imports (no type check: fast) into a folder node can import. */
function buildStore(): string {
  const out = join(coreDir, "..", "..", "node_modules", ".cache", `sk-params-fault-${process.pid}`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name.startsWith("__") ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
    );
  for (const sub of ["params", "errors", "market-time", "config"]) {
    for (const file of walk(join(coreDir, sub)).filter((f) => f.endsWith(".ts") && !f.includes(".test."))) {
      const js = ts.transpileModule(readFileSync(file, "utf8"), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, experimentalDecorators: true },
        fileName: file,
      }).outputText;
      const target = join(out, relative(coreDir, file)).replace(/\.ts$/, ".js");
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, js);
    }
  }
  writeFileSync(join(out, "package.json"), '{"type":"module"}');
  return join(out, "params");
}

function place(root: string, slot: string, text: string | undefined) {
  if (text !== undefined) writeFileSync(join(root, "parameters", slot, "S2.json"), text);
}

async function template(current: string, previous: string | undefined, stage: string | undefined): Promise<string> {
  const dir = mkdtempSync(join(scratch, "sk-fault-tpl-"));
  await ParamFileStore.open(dir, { registry });
  place(dir, "current", current);
  place(dir, "previous", previous);
  place(dir, "stage", stage);
  await (await ParamFileStore.open(dir, { registry })).manifest();
  return dir;
}

/** Runs a child to completion; resolves with its exit code and stderr (errors included). */
function runPlain(artifacts: string, op: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [driver, built, artifacts, op], (err, _out, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

function runChild(artifacts: string, op: string, killAt: number): Promise<{ killed: boolean; steps: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [driver, built, artifacts, op],
      { env: { ...process.env, SK_KILL_AT: String(killAt) } },
      (err, stdout) => {
        if (err && err.signal === "SIGKILL") resolve({ killed: true, steps: killAt });
        else if (err) reject(err);
        else resolve({ killed: false, steps: Number(stdout) });
      },
    );
  });
}

const readSlot = (root: string, slot: string) => {
  const p = join(root, "parameters", slot, "S2.json");
  return existsSync(p) ? readFileSync(p, "utf8") : undefined;
};

async function checkInvariants(root: string, op: "promote" | "rollback") {
  const store = await ParamFileStore.open(root, { registry });
  const cur = readSlot(root, "current");
  const prev = readSlot(root, "previous");
  const stage = readSlot(root, "stage");
  const archive = readdirSync(join(root, "parameters", "archive"));
  const valid = await store.read("current", "S2");
  expect(valid?.ok, "exactly one valid current").toBe(true);
  if (op === "promote") {
    const before = cur === A && prev === P0 && stage === B;
    const after = cur === B && prev === A && stage === undefined;
    expect(before || after, `promote state ${[cur, prev, stage].map((t) => t?.length)}`).toBe(true);
  } else {
    const before = cur === B && prev === A && archive.length === 0;
    const after = cur === A && prev === undefined && archive.length === 1;
    expect(before || after, "rollback state").toBe(true);
    if (after) expect(readFileSync(join(root, "parameters", "archive", archive[0]!), "utf8")).toBe(B);
  }
  const manifest = JSON.parse(readFileSync(join(root, "parameters", "manifest.json"), "utf8"));
  expect(manifest.strategies.S2.current.sha256).toBe(sha256Hex(cur!));
  expect(manifest.strategies.S2.previous?.sha256).toBe(prev === undefined ? undefined : sha256Hex(prev));
  const leftovers = readdirSync(join(root, "parameters"), { recursive: true }).map(String);
  expect(leftovers.filter((n) => n.endsWith(".tmp") || n === "journal.json")).toEqual([]);
}

describe("parameter store under SIGKILL", () => {
  beforeAll(async () => {
    built = buildStore();
    templates = { promote: await template(A, P0, B), rollback: await template(B, A, undefined) };
  });

  afterAll(() => {
    if (built !== "") rmSync(dirname(built), { recursive: true, force: true });
    for (const t of Object.values(templates ?? {})) rmSync(t, { recursive: true, force: true });
  });

  it("leaves exactly one valid current and a consistent previous after a kill at every step (>= 200 runs)", async () => {
    const total: Record<string, number> = {};
    for (const op of ["promote", "rollback"] as const) {
      const dir = mkdtempSync(join(scratch, "sk-fault-count-"));
      cpSync(templates[op], dir, { recursive: true });
      total[op] = (await runChild(dir, op, 0)).steps;
      rmSync(dir, { recursive: true, force: true });
      expect(total[op]).toBeGreaterThan(8);
    }
    // Deterministic schedule: each op cycles through every step; every 6th run also kills the recovery.
    const runs: { op: "promote" | "rollback"; killAt: number; recoverKillAt: number }[] = [];
    for (let i = 0; runs.length < 200; i++) {
      for (const op of ["promote", "rollback"] as const) {
        const n = total[op]!;
        runs.push({ op, killAt: (i % n) + 1, recoverKillAt: i % 6 === 5 ? ((i * 7) % 6) + 1 : 0 });
      }
    }
    let killed = 0;
    const worker = async (slice: typeof runs) => {
      for (const run of slice) {
        const dir = mkdtempSync(join(scratch, "sk-fault-run-"));
        cpSync(templates[run.op], dir, { recursive: true });
        if ((await runChild(dir, run.op, run.killAt)).killed) killed++;
        if (run.recoverKillAt > 0) await runChild(dir, "recover", run.recoverKillAt);
        await checkInvariants(dir, run.op);
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const lanes = 2;
    await Promise.all(Array.from({ length: lanes }, (_, l) => worker(runs.filter((_, i) => i % lanes === l))));
    expect(runs.length).toBeGreaterThanOrEqual(200);
    expect(killed).toBeGreaterThan(180);
  });

  it("serialises promotes racing from several processes through the lock", async () => {
    const dir = mkdtempSync(join(scratch, "sk-fault-race-"));
    cpSync(templates.promote, dir, { recursive: true });
    const results = await Promise.all([1, 2, 3, 4].map(() => runPlain(dir, "promote")));
    expect(results.filter((r) => r.code === 0)).toHaveLength(1);
    for (const r of results.filter((x) => x.code !== 0)) expect(r.stderr).toContain("SK_PARAMS_NOT_FOUND");
    await checkInvariants(dir, "promote");
    expect(readSlot(dir, "current")).toBe(B);
    rmSync(dir, { recursive: true, force: true });
  });
});
