// params.lookup: cached frozen lookup by (strategy, session), target <= 1 µs.
// params.reload: reload of one strategy file from disk (read, parse, validate, freeze), target <= 2 ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { medianMs, nsPerCall } from "./timing.mjs";

const params = await import("../dist/core/params/index.js");
const { paramSchemaEntry: s2 } = await import("@sessionkit/plugin-s2");

export async function run(report) {
  const registry = new params.ParamSchemaRegistry([s2]);
  const dir = mkdtempSync(join(tmpdir(), "sk-bench-params-"));
  mkdirSync(join(dir, "parameters", "current"), { recursive: true });
  const file = params.makeParamFile({
    strategy: "S2",
    defaults: { stopAtrMult: 1.25, targetAtrMult: 2.5, minVolume: 3000 },
    sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 3 }, Overnight: { minVolume: 1500 } },
  });
  writeFileSync(join(dir, "parameters", "current", "S2.json"), params.serializeParamFile(file));
  const events = {
    onReloaded() {},
    onRejected(e) {
      throw new Error(e.message);
    },
  };
  const rt = await params.ParamsRuntime.create({
    registry,
    providers: [params.createFileStoreProvider(dir, registry)],
    events,
  });

  const sessions = ["Overnight", "RTH", "PostRTH"];
  let sink = 0;
  const inner = 1_000_000;
  const ns = nsPerCall((i) => {
    sink += rt.lookup("S2", sessions[i % 3]).minVolume;
  }, inner);
  if (sink === 0) throw new Error("lookup returned nothing");
  report({ name: "params.lookup", value: ns, unit: "ns", n: inner });

  // Sequential awaited reloads: time many and take the median per reload.
  const times = [];
  for (let i = 0; i < 5; i++) await rt.reload();
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await rt.reload();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  report({ name: "params.reload", value: times[times.length >> 1], unit: "ms", n: times.length });

  // Parse + validate alone (no I/O), for context.
  const text = params.serializeParamFile(file);
  report({
    name: "params.validate_file",
    value: medianMs(() => params.loadParamText(text, { registry }), { runs: 50, warmups: 10 }),
    unit: "ms",
    n: 50,
  });
  rt.close();
  rmSync(dir, { recursive: true, force: true });
}
