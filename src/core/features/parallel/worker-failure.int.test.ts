// The features worker failing: coded errors, no hang, the pool usable afterwards (built package).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BENCH_N, benchKeys, type Dist, firstDifference, loadDist, syntheticSource } from "./__tests__/dist.js";

let F: Dist["F"];
let P: Dist["P"];
let RUNNING: Dist["RUNNING"];

beforeAll(async () => {
  ({ F, P, RUNNING } = await loadDist());
});

afterAll(async () => {
  P.setWorkerWaitLimits();
  await P.terminateFeatureWorkers();
});

describe("the features worker failing (dist)", () => {
  it("an error in the worker is SK_FEATURE_WORKER_FAILED on the main thread, and the worker still works", () => {
    const src = syntheticSource(F, 2_000);
    const worker = P.featureWorker()!;
    const job = { source: P.sourceTransfer(src), keys: ["no.such.feature"], outs: [P.sharedFloat64(2_000)] };
    let own = 0;
    const err = (() => {
      try {
        worker.run(job, () => own++);
      } catch (e) {
        return e as { code: string; message: string; value: unknown };
      }
      return undefined;
    })();
    expect(own).toBe(1);
    expect(err?.code).toBe("SK_FEATURE_WORKER_FAILED");
    expect(err?.value).toBe("SK_FEATURE_UNKNOWN");
    expect(err?.message).toMatchInlineSnapshot(`"features worker: feature "no.such.feature" is not registered."`);
    expect(P.featureWorker()).toBe(worker);
    // A kernel that throws (here: its source has no label columns) fails the same way, uncoded.
    const broken = { ...job, keys: ["session_flag"], source: { ...job.source, labels: {} } };
    expect(() => worker.run(broken, () => {})).toThrow(
      expect.objectContaining({ code: "SK_FEATURE_WORKER_FAILED", value: undefined }),
    );
    expect(() => worker.run(broken, () => {})).toThrow(/^features worker: .*undefined/);
    expect(P.featureWorker()).toBe(worker);
    const registry = F.createFeatureRegistry();
    const defs = ["atr:20", "ema:20", "rsi:14", "adx:14"].map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    expect(P.planThreads(src, defs, options)?.worker.length).toBeGreaterThan(0);
    const cols = F.computeColumns(src, defs, undefined, options);
    expect(firstDifference(["atr", "ema", "rsi", "adx"], cols, F.computeColumnsSerial(src, defs), 2_000)).toBe(
      undefined,
    );
  });

  it("a worker killed before it takes the job never hangs the caller: its share is computed here", () => {
    const src = syntheticSource(F, 20_000);
    const registry = F.createFeatureRegistry();
    const defs = benchKeys(F).map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    const serial = F.computeColumnsSerial(src, defs);
    const dying = P.featureWorker()!;
    void dying.worker.terminate(); // not awaited: the pool has not seen the exit yet
    P.setWorkerWaitLimits({ startupMs: 60_000, stallMs: 300 });
    const t0 = Date.now();
    const cols = F.computeColumns(src, defs, undefined, options);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(dying.alive).toBe(false);
    expect(firstDifference(benchKeys(F), cols, serial, 20_000)).toBeUndefined();
    P.setWorkerWaitLimits();
    // The next batch gets a fresh worker.
    F.computeColumns(src, defs, undefined, options);
    expect(P.currentFeatureWorker()).not.toBe(dying);
    expect(P.currentFeatureWorker()?.alive).toBe(true);
  });

  it("a worker killed while it computes is SK_FEATURE_WORKER_LOST after the stall limit, not a hang", () => {
    const src = syntheticSource(F, BENCH_N);
    const registry = F.createFeatureRegistry();
    const keys = benchKeys(F).filter((k) => !["ob_imbalance", "pos", "s7_regime"].includes(k));
    const worker = P.featureWorker()!;
    const job = {
      source: P.sourceTransfer(src),
      keys: keys.map((k) => registry.resolve(k).key),
      outs: keys.map(() => P.sharedFloat64(BENCH_N)),
    };
    const t0 = Date.now();
    const nap = new Int32Array(new SharedArrayBuffer(4)); // Atomics.wait needs shared memory
    let err: { code?: string } | undefined;
    let claimed = false;
    try {
      worker.run(
        job,
        () => {
          // Wait until the worker has claimed the job, then kill it mid-way.
          while (worker.phase !== RUNNING && Date.now() - t0 < 30_000) Atomics.wait(nap, 0, 0, 1);
          claimed = worker.phase === RUNNING;
          void worker.worker.terminate();
        },
        { startupMs: 60_000, stallMs: 300 },
      );
    } catch (e) {
      err = e as { code?: string };
    }
    expect(claimed).toBe(true);
    expect(err?.code).toBe("SK_FEATURE_WORKER_LOST");
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(worker.alive).toBe(false);
    expect(P.featureWorker()).not.toBe(worker);
  });

  it("SESSIONKIT_THREADS=1 keeps the batch on the calling thread (no worker is started)", async () => {
    await P.terminateFeatureWorkers();
    vi.stubEnv("SESSIONKIT_THREADS", "1");
    try {
      const src = syntheticSource(F, BENCH_N);
      const registry = F.createFeatureRegistry();
      const defs = benchKeys(F).map((k) => registry.resolve(k));
      const cols = F.computeColumns(src, defs, undefined, { registry });
      expect(P.currentFeatureWorker()).toBeUndefined();
      expect(cols.some((c) => P.isShared(c))).toBe(false);
      expect(P.planThreads(src, defs, { registry })).toBeUndefined();
      expect(P.planThreads(src, defs, { registry, threads: 2 })).toBeDefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
