// Child process for the fault-injection test: runs one store operation and kills itself with SIGKILL at
// the N-th durable step (env SK_KILL_AT; 0 = never), printing the number of steps it passed on success.
// Usage: node fault-driver.mjs <builtParamsDir> <artifactsDir> <promote|rollback|recover>
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [builtDir, artifacts, op] = process.argv.slice(2);
const killAt = Number(process.env.SK_KILL_AT ?? "0");
const load = (p) => import(pathToFileURL(join(builtDir, p)).href);
const { ParamFileStore } = await load("store/index.js");
const { ParamSchemaRegistry } = await load("registry.js");

// A hand-written stand-in for a one-field zod schema, so the child need not load zod (start-up time).
const minVolume = {
  safeParse: (v) =>
    Number.isInteger(v) && v >= 0
      ? { success: true, data: v }
      : { success: false, error: { issues: [{ code: "custom", message: "expected an integer >= 0", path: [] }] } },
};
const schema = {
  shape: { minVolume },
  parse: (v) => ({ minVolume: 3000, ...v }),
  safeParse: (v) =>
    minVolume.safeParse(v.minVolume).success ? { success: true, data: v } : minVolume.safeParse(v.minVolume),
};
const registry = new ParamSchemaRegistry([{ strategy: "S2", schemaVersion: 1, schema }]);
let steps = 0;
const fault = () => {
  steps++;
  if (steps === killAt) process.kill(process.pid, "SIGKILL");
};
try {
  const store = await ParamFileStore.open(artifacts, { registry, fault });
  if (op === "promote") await store.promote("S2");
  else if (op === "rollback") await store.rollback("S2");
  process.stdout.write(String(steps));
} catch (e) {
  process.stderr.write(`${e.code ?? "error"} ${e.message}\n`);
  process.exitCode = 1;
}
