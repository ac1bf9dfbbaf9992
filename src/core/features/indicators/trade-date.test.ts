import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns } from "../feature-set.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** Each trade-date output bar by bar from TradeDateRanges.step (the plain bookkeeping). */
function plain(
  key: string,
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  dates: Int32Array,
): Float64Array {
  const days = key.startsWith("adr:") ? Number(key.slice(4)) : 1;
  const t = new TradeDateRanges(days);
  return Float64Array.from(high, (_, i) => {
    t.step(dates[i]!, high[i]!, low[i]!, close[i]!);
    if (key === "day.high") return t.high;
    if (key === "day.low") return t.low;
    if (key === "pd.high") return t.prevHigh;
    if (key === "pd.low") return t.prevLow;
    if (key === "pd.close") return t.prevClose;
    return t.averageRange();
  });
}

// The kernel writes the first day.high and day.low straight into their columns (a missing one into a
// spare buffer) and copies repeated ones: every mix must give the plain values.
describe("trade-date kernel", () => {
  it("any mix of outputs, repeated or missing, equals the plain bookkeeping bar by bar", () => {
    const bars = randomWalkBars(5000, 9);
    const labels = labelBars(bars.time);
    const src = featureSource(bars, labels);
    for (const keys of [
      ["adr:20", "day.high", "day.low", "pd.high", "pd.low", "pd.close"],
      ["day.high", "adr:5", "day.high", "day.low", "pd.low", "day.low", "adr:20"],
      ["day.low", "pd.close"],
      ["day.high", "pd.high"],
      ["pd.high", "adr:3"],
    ]) {
      const defs = keys.map((k) => registry.resolve(k));
      const cols = computeColumns(src, defs, undefined, { threads: 1 });
      keys.forEach((key, k) => {
        const want = plain(key, bars.high, bars.low, bars.close, labels.tradeDate);
        const alone = defs[k]!.batch(src);
        const stream = defs[k]!.createStream(src);
        const live = Float64Array.from(want, (_, i) => stream.update(i));
        for (const [path, got] of [
          ["together", cols[k]!],
          ["alone", alone],
          ["live", live],
        ] as const) {
          const bad = want.findIndex((x, i) => !Object.is(x, got[i]));
          expect(bad, `${keys.join(" ")}: ${key} ${path}`).toBe(-1);
        }
      });
    }
  });
});
