import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { runStream } from "../contract.js";
import { featureSource } from "../source.js";
import { adrPct } from "./adr-pct.js";

/**
 * adr_pct evaluated directly: Math.max/Math.min over the last min(20, n) bars (a NaN price in the
 * window makes the range NaN, so the fill) over the mean range of up to 14 completed trade dates,
 * whose extremes skip NaN prices as the kernel's running comparisons do.
 */
function direct(high: Float64Array, low: Float64Array, dates: Int32Array | Float64Array, i: number): number {
  let hi = Number.NEGATIVE_INFINITY;
  let lo = Number.POSITIVE_INFINITY;
  for (let k = Math.max(0, i - 19); k <= i; k++) {
    hi = Math.max(hi, high[k]!);
    lo = Math.min(lo, low[k]!);
  }
  const ranges: number[] = [];
  let date = 0;
  let dh = Number.NaN;
  let dl = Number.NaN;
  for (let k = 0; k <= i; k++) {
    const d = dates[k]!;
    if (d !== 0 && d !== date) {
      if (date !== 0) ranges.push(dh - dl);
      date = d;
      dh = high[k]!;
      dl = low[k]!;
    } else {
      if (high[k]! > dh) dh = high[k]!;
      if (low[k]! < dl) dl = low[k]!;
    }
  }
  const last = ranges.slice(-14);
  if (last.length === 0) return 0.5;
  const r = (hi - lo) / (last.reduce((a, b) => a + b, 0) / last.length);
  return r >= 0 && r <= 10 ? r : 0.5;
}

describe("adr_pct", () => {
  it("equals the direct window extremes over the trade-date mean, NaN prices included (property)", () => {
    const bars = randomWalkBars(6000, 11);
    const dates = labelBars(bars.time).tradeDate;
    // Not on a trade date's first bar: there a NaN would also start the day's own extremes.
    const inner = fc.integer({ min: 0, max: bars.length - 1 }).filter((k) => k > 0 && dates[k] === dates[k - 1]);
    fc.assert(
      fc.property(fc.array(fc.tuple(inner, fc.boolean()), { maxLength: 6 }), (holes) => {
        const high = Float64Array.from(bars.high);
        const low = Float64Array.from(bars.low);
        for (const [k, isHigh] of holes) (isHigh ? high : low)[k] = Number.NaN;
        const src = featureSource({ ...bars, high, low }, labelBars(bars.time));
        const got = runStream(adrPct.createStream(src), bars.length, new Float64Array(bars.length));
        for (let i = 0; i < bars.length; i++) {
          const want = direct(high, low, dates, i);
          if (Math.abs(got[i]! - want) > 1e-12 * Math.max(1, Math.abs(want))) return false;
        }
        return true;
      }),
      { seed: 42, numRuns: 12 },
    );
  });

  it("one bar at a time equals the batch column", () => {
    const bars = randomWalkBars(3000, 5);
    const src = featureSource(bars, labelBars(bars.time));
    const batch = adrPct.batch(src);
    const stream = adrPct.createStream(src);
    const live = Float64Array.from({ length: bars.length }, (_, i) => stream.update(i));
    expect(live).toEqual(batch);
  });
});
