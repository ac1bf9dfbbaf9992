import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns, computeColumnsSerial } from "../feature-set.js";
import { featureSource } from "../source.js";
import { planThreads } from "./parallel-columns.js";
import { currentFeatureWorker, featureWorker, workerScript } from "./pool.js";

describe("running from .ts sources", () => {
  it("finds no built worker script and computes on the calling thread", () => {
    expect(workerScript()).toBeUndefined();
    expect(featureWorker()).toBeUndefined();
    const bars = randomWalkBars(3_000, 5);
    const src = featureSource(bars, labelBars(bars.time));
    const registry = createFeatureRegistry();
    const defs = ["atr:20", "ema:20", "rsi:14", "adx:14"].map((k) => registry.resolve(k));
    const options = { registry, threads: 2, minBars: 0 };
    expect(planThreads(src, defs, options)?.worker.length).toBeGreaterThan(0);
    const cols = computeColumns(src, defs, undefined, options);
    expect(currentFeatureWorker()).toBeUndefined();
    expect(cols).toEqual(computeColumnsSerial(src, defs));
  });

  it("plans no split below the bar threshold, for one feature, or without a second thread", () => {
    const bars = randomWalkBars(3_000, 5);
    const src = featureSource(bars, labelBars(bars.time));
    const registry = createFeatureRegistry();
    const defs = ["atr:20", "ema:20"].map((k) => registry.resolve(k));
    expect(planThreads(src, defs, { registry, threads: 2 })).toBeUndefined();
    expect(planThreads(src, defs.slice(0, 1), { registry, threads: 2, minBars: 0 })).toBeUndefined();
    expect(planThreads(src, defs, { registry, threads: 1, minBars: 0 })).toBeUndefined();
    // Family members without their registry cannot be traced to a built-in: nothing to move.
    expect(planThreads(src, defs, { threads: 2, minBars: 0 })).toBeUndefined();
  });
});
