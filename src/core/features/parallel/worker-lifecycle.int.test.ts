// The features worker's life: retired once enough new shared memory went through it (an idle worker
// never collects the buffers its job messages held), and never respawned after one failed to start.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Dist, firstDifference, loadDist, syntheticSource } from "./__tests__/dist.js";

let F: Dist["F"];
let P: Dist["P"];

beforeAll(async () => {
  ({ F, P } = await loadDist());
});

afterAll(async () => {
  P.setWorkerWaitLimits();
  P.enableFeatureWorkers();
  await P.terminateFeatureWorkers();
});

describe("the features worker's life (dist)", () => {
  it("is retired after the job that takes it past retireAfterBytes, and the next batch gets a new one", () => {
    P.setWorkerWaitLimits({ ...P.DEFAULT_LIMITS, retireAfterBytes: 1 });
    const src = syntheticSource(F, 5_000);
    const registry = F.createFeatureRegistry();
    const defs = ["atr:20", "ema:20", "rsi:14", "adx:14"].map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    const first = P.featureWorker()!;
    const cols = F.computeColumns(src, defs, undefined, options);
    expect(first.alive).toBe(false);
    const second = P.featureWorker()!;
    expect(second).not.toBe(first);
    const again = F.computeColumns(src, defs, undefined, options);
    const serial = F.computeColumnsSerial(src, defs);
    expect(firstDifference(["atr", "ema", "rsi", "adx"], cols, serial, 5_000)).toBe(undefined);
    expect(firstDifference(["atr", "ema", "rsi", "adx"], again, serial, 5_000)).toBe(undefined);
    P.setWorkerWaitLimits();
  });

  it("a worker that never loads costs one startup wait: the job comes back unclaimed, later batches stay on one thread", async () => {
    await P.terminateFeatureWorkers();
    // A script that loads but never reports ready (a foreign worker.js, a broken build).
    const dir = mkdtempSync(join(tmpdir(), "sk-worker-"));
    const script = join(dir, "silent.mjs");
    writeFileSync(script, "setInterval(() => {}, 1000);\n");
    const silent = new P.FeatureWorker(pathToFileURL(script));
    const src = syntheticSource(F, 1_000);
    const job = { source: P.sourceTransfer(src), keys: ["ema:20"], outs: [P.sharedFloat64(1_000)] };
    let own = 0;
    const outcome = silent.run(job, () => own++, { startupMs: 200, stallMs: 200 });
    expect(outcome).toBe("unclaimed");
    expect(own).toBe(1);
    expect(P.workersDisabled()).toBe(true);
    expect(P.featureWorker()).toBe(undefined);
    const registry = F.createFeatureRegistry();
    const defs = ["atr:20", "ema:20"].map((k) => registry.resolve(k));
    expect(
      firstDifference(
        ["atr", "ema"],
        F.computeColumns(src, defs, undefined, { registry, threads: 2, minBars: 0 }),
        F.computeColumnsSerial(src, defs),
        1_000,
      ),
    ).toBe(undefined);
    P.enableFeatureWorkers();
    expect(P.featureWorker()).not.toBe(undefined);
  });
});
