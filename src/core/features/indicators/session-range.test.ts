import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import type { BarLabels } from "../../market-time/labels.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns } from "../feature-set.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** High and low of the trade date's bars in ET minutes [start, end), bar by bar (closed-time bars ignored). */
function plain(high: Float64Array, low: Float64Array, labels: BarLabels, start: number, end: number) {
  const his = new Float64Array(high.length);
  const los = new Float64Array(high.length);
  let date = 0;
  let hi = Number.NaN;
  let lo = Number.NaN;
  for (let i = 0; i < high.length; i++) {
    if (labels.session[i]! >= 0) {
      if (labels.tradeDate[i] !== date) {
        date = labels.tradeDate[i]!;
        hi = Number.NaN;
        lo = Number.NaN;
      }
      const et = labels.etMinute[i]!;
      if (et >= start && et < end) {
        if (!(high[i]! <= hi)) hi = high[i]!;
        if (!(low[i]! >= lo)) lo = low[i]!;
      }
    }
    his[i] = hi;
    los[i] = lo;
  }
  return { his, los };
}

describe("ET-window ranges (IB, OR)", () => {
  it("equal the plain per-bar range together, alone and live, for empty and inverted windows too", () => {
    const bars = randomWalkBars(6000, 13);
    const labels = labelBars(bars.time);
    const src = featureSource(bars, labels);
    for (const [start, end] of [
      [570, 630],
      [0, 1440],
      [1080, 1439],
      [600, 600],
      [630, 570],
    ] as const) {
      const keys = [`ib.high:${start},${end}`, `ib.low:${start},${end}`, `ib.mid:${start},${end}`];
      const defs = keys.map((k) => registry.resolve(k));
      const cols = computeColumns(src, defs, undefined, { threads: 1 });
      const { his, los } = plain(bars.high, bars.low, labels, start, end);
      const wants = [his, los, his.map((h, i) => (h + los[i]!) / 2)];
      defs.forEach((d, k) => {
        const stream = d.createStream(src);
        const live = Float64Array.from(his, (_, i) => stream.update(i));
        for (const got of [cols[k]!, d.batch(src), live]) {
          expect(
            wants[k]!.findIndex((x, i) => !Object.is(x, got[i])),
            d.key,
          ).toBe(-1);
        }
      });
    }
  });
});
