import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { makeSource, randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { resumMoments } from "../kernels/rolling-moments.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** volz bar by bar in one plain loop: RollingMoments' push and re-sums, mean and σ with 1/n, σ ≥ 1e−6. */
function plainVolz(close: Float64Array, n: number): Float64Array {
  const out = new Float64Array(close.length);
  const ring = new Float64Array(n);
  const resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / n));
  let pos = 0;
  let center = 0;
  let s1 = 0;
  let s2 = 0;
  let wraps = 0;
  let count = 0;
  let lastRet = Number.NaN;
  const inverse = 1 / n;
  for (let i = 0; i < close.length; i++) {
    const prev = i > 0 ? close[i - 1]! : 0;
    if (prev !== 0) {
      const x = (close[i]! - prev) / prev;
      lastRet = x;
      if (count === 0) center = x;
      const d = x - center;
      if (count === n) {
        const o = ring[pos]! - center;
        s1 += d - o;
        s2 += d * d - o * o;
      } else {
        count++;
        s1 += d;
        s2 += d * d;
      }
      ring[pos] = x;
      if (++pos === n) {
        pos = 0;
        if (++wraps >= resumEvery) {
          wraps = 0;
          const r = resumMoments(ring, count);
          center = r[0]!;
          s1 = r[1]!;
          s2 = r[2]!;
        }
      }
    }
    if (count !== n) {
      out[i] = Number.NaN;
      continue;
    }
    const mm = s1 * inverse;
    const second = s2 * inverse;
    const v = second - mm * mm;
    out[i] = (lastRet - (center + mm)) / Math.sqrt(Math.max(1e-12, v > 1e-14 * second ? v : 0));
  }
  return out;
}

const same = (a: Float64Array, b: Float64Array) => a.every((x, i) => Object.is(x, b[i]));

describe("volz", () => {
  it("equals the plain loop, batch and live, over zero, flat and non-finite closes (property)", () => {
    const close = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 19_990, max: 20_010 }).map((k) => k * 0.25) },
      { weight: 1, arbitrary: fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, 5000) },
    );
    fc.assert(
      fc.property(fc.array(close, { minLength: 1, maxLength: 120 }), fc.integer({ min: 2, max: 6 }), (xs, n) => {
        const src = makeSource({ close: xs });
        const def = registry.resolve(`volz:${n}`);
        const want = plainVolz(src.bars.close, n);
        const stream = def.createStream(src);
        return (
          same(def.batch(src), want) &&
          same(
            Float64Array.from(xs, (_, i) => stream.update(i)),
            want,
          )
        );
      }),
      { seed: 3, numRuns: 1000 },
    );
  });

  it("equals the plain loop across chunks and re-sums, short and long windows", () => {
    const bars = randomWalkBars(6000, 4);
    const src = featureSource(bars, labelBars(bars.time));
    for (const n of [2, 50, 1024, 1500]) {
      expect(same(registry.resolve(`volz:${n}`).batch(src), plainVolz(bars.close, n)), `volz:${n}`).toBe(true);
    }
  });

  it("a flat window divides by sqrt(1e−12) = 1e−6 exactly: z is 0, not NaN", () => {
    expect(Math.sqrt(1e-12)).toBe(1e-6);
    const out = registry.resolve("volz:3").batch(makeSource({ close: [100, 100, 100, 100, 100] }));
    expect([...out]).toEqual([Number.NaN, Number.NaN, Number.NaN, 0, 0]);
  });
});
