import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily } from "../family.js";
import { sessionVwapShared } from "./session-vwap.js";

/**
 * `pd.vwap` — VWAP of the typical price (H+L+C)/3, volume weighted by max(0, v), over every bar of the
 * previous **completed** trade date (S2's prior-day magnet veto, strategies reference §1.2; the
 * reference used the previous ET calendar date). NaN until a trade date has completed, or when that
 * date had no volume. Closed-time bars (trade date 0) stay with the current date, as in `pd.close`.
 * Sums are taken relative to the date's first typical price so large prices lose no precision. A
 * member of the session-VWAP kernel (one pass over the typical price and volume for both; see
 * `SessionPriorVwapKernel`), with its own trade-date sums; alone it runs its own pass below (the session
 * pass would cost it 2.7×). Both run the same operations, so the same values (feature-set.test.ts).
 */
export const pdVwap = defineFamily({
  name: "pd.vwap",
  description: "previous trade date's VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream: (src) => new PriorDayVwapStream(src),
  shared: () => sessionVwapShared,
});

/** The date's sums in locals over a range of bars (as object fields they go through memory each bar). */
class PriorDayVwapStream implements FeatureStream {
  private date = 0;
  private shift = 0;
  private sv = 0;
  private s1 = 0;
  private prev = Number.NaN;
  private readonly one = new Float64Array(1);
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const volume = b.volume;
    const dates = this.src.labels.tradeDate;
    let date = this.date;
    let origin = this.shift;
    let sv = this.sv;
    let s1 = this.s1;
    let prev = this.prev;
    for (let i = from; i < to; i++) {
      const td = dates[i]!;
      const tp = (high[i]! + low[i]! + close[i]!) / 3;
      if (td !== 0 && td !== date) {
        if (date !== 0) prev = sv > 0 ? origin + s1 / sv : Number.NaN;
        date = td;
        origin = tp;
        sv = 0;
        s1 = 0;
      }
      const w = Math.max(0, volume[i]!);
      sv += w;
      s1 += w * (tp - origin);
      out[i - shift] = prev;
    }
    this.date = date;
    this.shift = origin;
    this.sv = sv;
    this.s1 = s1;
    this.prev = prev;
  }
}
