import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily } from "../family.js";

/**
 * Overnight high/low of the current trade date: extremes of its Overnight-session bars (18:00 ET to
 * 09:30 ET), reset at every trade date and covering the whole overnight (the reference's ON range was
 * never reset and skipped 18:00–24:00, D6-3). Running during the overnight, fixed from 09:30 on.
 */
class OvernightStream implements FeatureStream {
  private date = 0;
  private v = Number.NaN;
  constructor(
    private readonly src: FeatureSource,
    private readonly wantHigh: boolean,
  ) {}

  update(i: number): number {
    const l = this.src.labels;
    const s = l.session[i]!;
    if (s < 0) return this.v;
    const td = l.tradeDate[i]!;
    if (td !== this.date) {
      this.date = td;
      this.v = Number.NaN;
    }
    if (s === 0) {
      if (this.wantHigh) {
        const x = this.src.bars.high[i]!;
        if (!(x <= this.v)) this.v = x;
      } else {
        const x = this.src.bars.low[i]!;
        if (!(x >= this.v)) this.v = x;
      }
    }
    return this.v;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** `on.high` — overnight high of the current trade date. */
export const onHigh = defineFamily({
  name: "on.high",
  description: "overnight-session high of the trade date",
  params: [],
  warmup: () => 1,
  createStream: (src) => new OvernightStream(src, true),
});

/** `on.low` — overnight low of the current trade date. */
export const onLow = defineFamily({
  name: "on.low",
  description: "overnight-session low of the trade date",
  params: [],
  warmup: () => 1,
  createStream: (src) => new OvernightStream(src, false),
});
