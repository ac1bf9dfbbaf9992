import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const FILL = 0.5;
const RANGE_BARS = 20;
const DAYS = 14;

/**
 * The 20-bar max high and min low by blocks (van Herk / Gil-Werman): bars are cut into blocks of
 * 20; a window ending at position j of the current block is the current block's prefix 0…j plus the
 * previous block's suffix j+1…19, whose extremes are worked out once when that block completes. Per
 * bar that is three comparisons with no data-dependent loop, where a monotonic deque's pops end at
 * an unpredictable point. The extreme of a set does not depend on the order it is taken in, so the
 * values are the deque's (for finite prices). The trade date's extremes and last close, read only
 * when a new trade date starts, stay in locals too; its average range is read once per trade date.
 */
class AdrPctStream implements FeatureStream {
  private readonly days = new TradeDateRanges(DAYS);
  /** The current block's highs and lows (positions 0…pos − 1 filled). */
  private readonly blockHi = new Float64Array(RANGE_BARS);
  private readonly blockLo = new Float64Array(RANGE_BARS);
  /** Extremes of the previous block from position k on; entry RANGE_BARS is the empty suffix. */
  private readonly suffixHi = new Float64Array(RANGE_BARS + 1).fill(Number.NEGATIVE_INFINITY);
  private readonly suffixLo = new Float64Array(RANGE_BARS + 1).fill(Number.POSITIVE_INFINITY);
  private pos = 0;
  private prefixHi = Number.NEGATIVE_INFINITY;
  private prefixLo = Number.POSITIVE_INFINITY;
  private date = 0;
  private dayHigh = Number.NEGATIVE_INFINITY;
  private dayLow = Number.POSITIVE_INFINITY;
  private lastClose = Number.NaN;
  private averageRange = Number.NaN;
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
    const dates = this.src.labels.tradeDate;
    const days = this.days;
    const blockHi = this.blockHi;
    const blockLo = this.blockLo;
    const suffixHi = this.suffixHi;
    const suffixLo = this.suffixLo;
    let pos = this.pos;
    let prefixHi = this.prefixHi;
    let prefixLo = this.prefixLo;
    let date = this.date;
    let dayHigh = this.dayHigh;
    let dayLow = this.dayLow;
    let lastClose = this.lastClose;
    let averageRange = this.averageRange;
    for (let i = from; i < to; i++) {
      const h = high[i]!;
      const l = low[i]!;
      blockHi[pos] = h;
      blockLo[pos] = l;
      if (pos === 0) {
        prefixHi = h;
        prefixLo = l;
      } else {
        prefixHi = Math.max(prefixHi, h);
        prefixLo = Math.min(prefixLo, l);
      }
      const sh = suffixHi[pos + 1]!;
      const sl = suffixLo[pos + 1]!;
      const maxHigh = Math.max(sh, prefixHi);
      const minLow = Math.min(sl, prefixLo);
      if (++pos === RANGE_BARS) {
        pos = 0;
        for (let k = RANGE_BARS - 1; k >= 0; k--) {
          const bh = blockHi[k]!;
          const bl = blockLo[k]!;
          suffixHi[k] = Math.max(bh, suffixHi[k + 1]!);
          suffixLo[k] = Math.min(bl, suffixLo[k + 1]!);
        }
      }
      // TradeDateRanges.step, its running extremes kept here and handed over when the date rolls.
      const d = dates[i]!;
      if (d !== 0 && d !== date) {
        days.high = dayHigh;
        days.low = dayLow;
        days.lastClose = lastClose;
        days.step(d, h, l, close[i]!);
        averageRange = days.averageRange();
        date = d;
        dayHigh = h;
        dayLow = l;
      } else {
        if (h > dayHigh) dayHigh = h;
        if (l < dayLow) dayLow = l;
      }
      lastClose = close[i]!;
      const r = (maxHigh - minLow) / averageRange;
      // NaN fails both comparisons, so a missing average also takes the fill.
      out[i - shift] = r >= 0 && r <= 10 ? r : FILL;
    }
    this.pos = pos;
    this.prefixHi = prefixHi;
    this.prefixLo = prefixLo;
    this.date = date;
    this.dayHigh = dayHigh;
    this.dayLow = dayLow;
    this.lastClose = lastClose;
    this.averageRange = averageRange;
  }
}

/**
 * adr_pct (idx 7): (max H − min L over the last min(20, n) bars) / mean (high − low) of up to 14
 * completed trade dates before the current one. Fill before a trade date has completed, and when
 * the ratio is outside [0, 10] (SPEC §3; the reference grouped by calendar date, defect D-F6).
 */
export const adrPct = defineFeature({
  key: "adr_pct",
  family: "adr_pct",
  fill: FILL,
  warmup: 1,
  description: "20-bar range over the average range of the last 14 completed trade dates",
  createStream: (src) => new AdrPctStream(src),
});
