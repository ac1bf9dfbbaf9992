import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily } from "../family.js";

/**
 * Overnight high/low of the current trade date: extremes of its Overnight-session bars (18:00 ET to
 * 09:30 ET), reset at every trade date and covering the whole overnight (the reference's ON range was
 * never reset and skipped 18:00–24:00, D6-3). Running during the overnight, fixed from 09:30 on.
 */
function overnight(src: FeatureSource, wantHigh: boolean): FeatureStream {
  let date = 0;
  let v = Number.NaN;
  return {
    update(i) {
      const l = src.labels;
      const s = l.session[i]!;
      if (s < 0) return v;
      const td = l.tradeDate[i]!;
      if (td !== date) {
        date = td;
        v = Number.NaN;
      }
      if (s === 0) {
        const x = wantHigh ? src.bars.high[i]! : src.bars.low[i]!;
        if (wantHigh ? !(x <= v) : !(x >= v)) v = x;
      }
      return v;
    },
  };
}

/** `on.high` — overnight high of the current trade date. */
export const onHigh = defineFamily({
  name: "on.high",
  description: "overnight-session high of the trade date",
  params: [],
  warmup: () => 1,
  createStream: (src) => overnight(src, true),
});

/** `on.low` — overnight low of the current trade date. */
export const onLow = defineFamily({
  name: "on.low",
  description: "overnight-session low of the trade date",
  params: [],
  warmup: () => 1,
  createStream: (src) => overnight(src, false),
});
