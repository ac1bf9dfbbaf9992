// computeColumns on two threads equals the single-thread path (the built package; see __tests__/dist.ts).

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBarFile } from "../../data/index.js";
import { labelBars } from "../../market-time/index.js";
import { sharedDataDir } from "../../testing/shared-data.js";
import { BENCH_N, benchKeys, type Dist, firstDifference, loadDist, syntheticSource } from "./__tests__/dist.js";

let F: Dist["F"];
let P: Dist["P"];

beforeAll(async () => {
  ({ F, P } = await loadDist());
});

afterAll(async () => {
  P.setWorkerWaitLimits();
  await P.terminateFeatureWorkers();
});

describe("computeColumns on two threads (dist)", () => {
  it("equals the single-thread path bit for bit on the bench keys, fresh and given outputs", () => {
    const src = syntheticSource(F, BENCH_N);
    const registry = F.createFeatureRegistry();
    const keys = benchKeys(F);
    const defs = keys.map((k) => registry.resolve(k));
    const plan = P.planThreads(src, defs, { registry, threads: 2 });
    expect(plan?.worker.length).toBeGreaterThan(10);
    const serial = F.computeColumnsSerial(src, defs);
    const fresh = F.computeColumns(src, defs, undefined, { registry, threads: 2 });
    expect(P.currentFeatureWorker()?.alive).toBe(true);
    expect(firstDifference(keys, fresh, serial, BENCH_N)).toBeUndefined();
    // New columns the worker wrote are SAB-backed; the main thread's own are ordinary.
    expect(plan!.worker.every((k) => P.isShared(fresh[k]!))).toBe(true);
    expect(plan!.main.every((k) => !P.isShared(fresh[k]!))).toBe(true);
    // Given ordinary columns (worker writes a scratch copied back) and SAB-backed ones (in place).
    const plain = defs.map(() => new Float64Array(BENCH_N).fill(7));
    const returned = F.computeColumns(src, defs, plain, { registry, threads: 2 });
    expect(returned.every((c, k) => c === plain[k])).toBe(true);
    expect(firstDifference(keys, plain, serial, BENCH_N)).toBeUndefined();
    // Short ordinary columns get what fits, as on one thread (which writes nothing past their end).
    const short = defs.map(() => new Float64Array(BENCH_N - 9));
    F.computeColumns(src, defs, short, { registry, threads: 2 });
    const shortSerial = F.computeColumnsSerial(
      src,
      defs,
      defs.map(() => new Float64Array(BENCH_N - 9)),
    );
    expect(firstDifference(keys, short, shortSerial, BENCH_N - 9)).toBeUndefined();
    const shared = defs.map(() => P.sharedFloat64(BENCH_N));
    F.computeColumns(src, defs, shared, { registry, threads: 2 });
    expect(firstDifference(keys, shared, serial, BENCH_N)).toBeUndefined();
  });

  it("equals the single-thread path on ESM26_1m.csv.gz", async () => {
    const { bars } = await importBarFile(join(sharedDataDir(), "ESM26_1m.csv.gz"));
    const src = F.featureSource(bars, labelBars(bars.time));
    const registry = F.createFeatureRegistry();
    const keys = benchKeys(F);
    const defs = keys.map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    expect(P.planThreads(src, defs, options)?.worker.length).toBeGreaterThan(10);
    const parallel = F.computeColumns(src, defs, undefined, options);
    expect(firstDifference(keys, parallel, F.computeColumnsSerial(src, defs), bars.length)).toBeUndefined();
  });

  it("a FeatureFrame build splits too and holds the same columns", () => {
    const src = syntheticSource(F, BENCH_N);
    const registry = F.createFeatureRegistry();
    const keys = benchKeys(F);
    const frame = new F.FeatureFrameCache(registry).frame(src, keys);
    const serial = F.computeColumnsSerial(
      src,
      keys.map((k) => registry.resolve(k)),
    );
    const cols = keys.map((k) => frame.column(k));
    expect(cols.some((c) => P.isShared(c))).toBe(true);
    expect(firstDifference(keys, cols, serial, BENCH_N)).toBeUndefined();
  });
});
