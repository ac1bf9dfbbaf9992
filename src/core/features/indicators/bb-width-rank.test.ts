import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { firstMismatch } from "../__tests__/compare.js";
import { makeSource, randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** σ/SMA of the `period` closes ending at i (population σ), evaluated directly. */
function width(close: ArrayLike<number>, i: number, period: number): number {
  if (i < period - 1) return Number.NaN;
  let s = 0;
  for (let k = i - period + 1; k <= i; k++) s += close[k]!;
  const mean = s / period;
  let v = 0;
  for (let k = i - period + 1; k <= i; k++) v += (close[k]! - mean) ** 2;
  return Math.sqrt(v / period) / mean;
}

function directRank(close: ArrayLike<number>, i: number, period: number, window: number): number {
  if (i < period + window - 2) return Number.NaN;
  const x = width(close, i, period);
  let at = 0;
  for (let k = i - window + 1; k <= i; k++) if (width(close, k, period) <= x * (1 + 1e-12)) at++;
  return at / window;
}

describe("bb.widthRank", () => {
  const bars = randomWalkBars(1500, 11);
  const src = featureSource(bars, labelBars(bars.time));

  it("equals a direct evaluation (1e-9) and its stream equals its batch", () => {
    for (const [period, window] of [
      [20, 60],
      [12, 30],
    ] as const) {
      const def = registry.resolve(`bb.widthRank:${period},${window}`);
      const got = def.batch(src);
      const want = Float64Array.from({ length: bars.length }, (_, i) => directRank(bars.close, i, period, window));
      const at = firstMismatch(got, want);
      expect(at === -1 ? "ok" : `bar ${at}: ${got[at]} vs ${want[at]}`).toBe("ok");
      const stream = def.createStream(src);
      const streamed = Float64Array.from({ length: bars.length }, (_, i) => stream.update(i));
      expect(firstMismatch(streamed, got)).toBe(-1);
      expect(def.warmup).toBe(period + window - 1);
      expect(Number.isNaN(got[period + window - 3]!)).toBe(true);
      expect(Number.isFinite(got[period + window - 2]!)).toBe(true);
    }
  });

  it("ranks a compressing series at the bottom and an expanding one at the top", () => {
    const n = 120;
    const calm = Array.from({ length: n }, (_, k) => 100 + (k % 2 === 0 ? 2 : -2) * (1 - k / n));
    const rankCalm = registry.resolve("bb.widthRank:10,30").batch(makeSource({ close: calm }));
    expect(rankCalm[n - 1]).toBeCloseTo(1 / 30, 12);
    const wild = Array.from({ length: n }, (_, k) => 100 + (k % 2 === 0 ? 1 : -1) * (k / n));
    const rankWild = registry.resolve("bb.widthRank:10,30").batch(makeSource({ close: wild }));
    expect(rankWild[n - 1]).toBe(1);
    expect(registry.canonicalKey("bb.widthRank")).toBe("bb.widthRank:20,60");
  });
});
