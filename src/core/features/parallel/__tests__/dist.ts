// TEST-ONLY: the built package (dist/) for the parallel integration tests. The parallel path runs
// only from dist (the worker loads dist/…/worker.js; \`npm test\` builds first); from .ts sources
// computeColumns stays single-thread.
import { labelBars } from "../../../market-time/index.js";
import { randomWalkBars } from "../../__tests__/fixtures.js";
import type { FeatureSource } from "../../contract.js";

export type Features = typeof import("../../index.js");
export type Parallel = typeof import("../index.js");
type Protocol = typeof import("../protocol.js");

const dist = (p: string) => new URL(`../../../../../dist/core/features/${p}`, import.meta.url).href;

export interface Dist {
  readonly F: Features;
  readonly P: Parallel;
  readonly RUNNING: Protocol["RUNNING"];
}

export async function loadDist(): Promise<Dist> {
  return {
    F: (await import(dist("index.js"))) as Features,
    P: (await import(dist("parallel/index.js"))) as Parallel,
    RUNNING: ((await import(dist("parallel/protocol.js"))) as Protocol).RUNNING,
  };
}

export const BENCH_N = 250_000;

export function benchKeys(F: Features): string[] {
  return [...F.MODEL_FEATURE_NAMES, ...F.STRATEGY_DEFAULT_FEATURES];
}

/** The first value that differs (Object.is), as "key@row: a vs b", or undefined. */
export function firstDifference(
  keys: readonly string[],
  a: Float64Array[],
  b: Float64Array[],
  n: number,
): string | undefined {
  for (let k = 0; k < keys.length; k++) {
    for (let i = 0; i < n; i++)
      if (!Object.is(a[k]![i], b[k]![i])) return `${keys[k]}@${i}: ${a[k]![i]} vs ${b[k]![i]}`;
  }
  return undefined;
}

export function syntheticSource(F: Features, n: number): FeatureSource {
  const bars = randomWalkBars(n, 42);
  return F.featureSource(bars, labelBars(bars.time));
}
