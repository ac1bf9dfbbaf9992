// The parallel path runs only from the built package (the worker loads dist/…/worker.js), so this
// file imports dist/ (`npm test` builds first); from .ts sources computeColumns stays single-thread.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importBarFile } from "../../data/index.js";
import { labelBars } from "../../market-time/index.js";
import { sharedDataDir } from "../../testing/shared-data.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import type { FeatureSource } from "../contract.js";

type Features = typeof import("../index.js");
type Parallel = typeof import("./index.js");
type Protocol = typeof import("./protocol.js");

const dist = (p: string) => new URL(`../../../../dist/core/features/${p}`, import.meta.url).href;
let F: Features;
let P: Parallel;
let RUNNING: Protocol["RUNNING"];

beforeAll(async () => {
  F = (await import(dist("index.js"))) as Features;
  P = (await import(dist("parallel/index.js"))) as Parallel;
  RUNNING = ((await import(dist("parallel/protocol.js"))) as Protocol).RUNNING;
});

afterAll(async () => {
  P.setWorkerWaitLimits();
  await P.terminateFeatureWorkers();
});

const BENCH_N = 250_000;

function benchKeys(): string[] {
  return [...F.MODEL_FEATURE_NAMES, ...F.STRATEGY_DEFAULT_FEATURES];
}

/** Row of the first value that differs (Object.is), as "key@row", or undefined. */
function firstDifference(keys: readonly string[], a: Float64Array[], b: Float64Array[], n: number): string | undefined {
  for (let k = 0; k < keys.length; k++) {
    for (let i = 0; i < n; i++)
      if (!Object.is(a[k]![i], b[k]![i])) return `${keys[k]}@${i}: ${a[k]![i]} vs ${b[k]![i]}`;
  }
  return undefined;
}

function syntheticSource(n: number): FeatureSource {
  const bars = randomWalkBars(n, 42);
  return F.featureSource(bars, labelBars(bars.time));
}

describe("computeColumns on two threads (dist)", () => {
  it("equals the single-thread path bit for bit on the bench keys, fresh and given outputs", () => {
    const src = syntheticSource(BENCH_N);
    const registry = F.createFeatureRegistry();
    const keys = benchKeys();
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
    const shared = defs.map(() => P.sharedFloat64(BENCH_N));
    F.computeColumns(src, defs, shared, { registry, threads: 2 });
    expect(firstDifference(keys, shared, serial, BENCH_N)).toBeUndefined();
  });

  it("equals the single-thread path on ESM26_1m.csv.gz", async () => {
    const { bars } = await importBarFile(join(sharedDataDir(), "ESM26_1m.csv.gz"));
    const src = F.featureSource(bars, labelBars(bars.time));
    const registry = F.createFeatureRegistry();
    const keys = benchKeys();
    const defs = keys.map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    expect(P.planThreads(src, defs, options)?.worker.length).toBeGreaterThan(10);
    const parallel = F.computeColumns(src, defs, undefined, options);
    expect(firstDifference(keys, parallel, F.computeColumnsSerial(src, defs), bars.length)).toBeUndefined();
  });

  it("a FeatureFrame build splits too and holds the same columns", () => {
    const src = syntheticSource(BENCH_N);
    const registry = F.createFeatureRegistry();
    const keys = benchKeys();
    const frame = new F.FeatureFrameCache(registry).frame(src, keys);
    const serial = F.computeColumnsSerial(
      src,
      keys.map((k) => registry.resolve(k)),
    );
    const cols = keys.map((k) => frame.column(k));
    expect(cols.some((c) => P.isShared(c))).toBe(true);
    expect(firstDifference(keys, cols, serial, BENCH_N)).toBeUndefined();
  });

  it("an error in the worker is SK_FEATURE_WORKER_FAILED on the main thread, and the worker still works", () => {
    const src = syntheticSource(2_000);
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
    const src = syntheticSource(20_000);
    const registry = F.createFeatureRegistry();
    const defs = benchKeys().map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    const serial = F.computeColumnsSerial(src, defs);
    const dying = P.featureWorker()!;
    void dying.worker.terminate(); // not awaited: the pool has not seen the exit yet
    P.setWorkerWaitLimits({ startupMs: 60_000, stallMs: 300 });
    const t0 = Date.now();
    const cols = F.computeColumns(src, defs, undefined, options);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(dying.alive).toBe(false);
    expect(firstDifference(benchKeys(), cols, serial, 20_000)).toBeUndefined();
    P.setWorkerWaitLimits();
    // The next batch gets a fresh worker.
    F.computeColumns(src, defs, undefined, options);
    expect(P.currentFeatureWorker()).not.toBe(dying);
    expect(P.currentFeatureWorker()?.alive).toBe(true);
  });

  it("a worker killed while it computes is SK_FEATURE_WORKER_LOST after the stall limit, not a hang", () => {
    const src = syntheticSource(BENCH_N);
    const registry = F.createFeatureRegistry();
    const keys = benchKeys().filter((k) => !["ob_imbalance", "pos", "s7_regime"].includes(k));
    const worker = P.featureWorker()!;
    const job = {
      source: P.sourceTransfer(src),
      keys: keys.map((k) => registry.resolve(k).key),
      outs: keys.map(() => P.sharedFloat64(BENCH_N)),
    };
    const t0 = Date.now();
    let err: { code?: string } | undefined;
    try {
      worker.run(
        job,
        () => {
          // Wait until the worker has claimed the job, then kill it mid-way.
          while (worker.phase !== RUNNING && Date.now() - t0 < 30_000) Atomics.wait(new Int32Array(4), 0, 0, 1);
          void worker.worker.terminate();
        },
        { startupMs: 60_000, stallMs: 300 },
      );
    } catch (e) {
      err = e as { code?: string };
    }
    expect(err?.code).toBe("SK_FEATURE_WORKER_LOST");
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(worker.alive).toBe(false);
    expect(P.featureWorker()).not.toBe(worker);
  });

  it("SESSIONKIT_THREADS=1 keeps the batch on the calling thread (no worker is started)", async () => {
    await P.terminateFeatureWorkers();
    vi.stubEnv("SESSIONKIT_THREADS", "1");
    try {
      const src = syntheticSource(BENCH_N);
      const registry = F.createFeatureRegistry();
      const defs = benchKeys().map((k) => registry.resolve(k));
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
