import { defineFamily } from "../family.js";

/**
 * `pd.vwap` — VWAP of the typical price (H+L+C)/3, volume weighted by max(0, v), over every bar of the
 * previous **completed** trade date (S2's prior-day magnet veto, strategies reference §1.2; the
 * reference used the previous ET calendar date). NaN until a trade date has completed, or when that
 * date had no volume. Closed-time bars (trade date 0) stay with the current date, as in `pd.close`.
 * Sums are taken relative to the date's first typical price so large prices lose no precision.
 */
export const pdVwap = defineFamily({
  name: "pd.vwap",
  description: "previous trade date's VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream(src) {
    let date = 0;
    let shift = 0;
    let sv = 0;
    let s1 = 0;
    let prev = Number.NaN;
    return {
      update(i) {
        const b = src.bars;
        const td = src.labels.tradeDate[i]!;
        const tp = (b.high[i]! + b.low[i]! + b.close[i]!) / 3;
        if (td !== 0 && td !== date) {
          if (date !== 0) prev = sv > 0 ? shift + s1 / sv : Number.NaN;
          date = td;
          shift = tp;
          sv = 0;
          s1 = 0;
        }
        const w = Math.max(0, b.volume[i]!);
        sv += w;
        s1 += w * (tp - shift);
        return prev;
      },
    };
  },
});
