import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const FILL = 0.5;
const RANGE_BARS = 20;
const DAYS = 14;

// Slots of AdrPctStream.state.
const DAY_HIGH = 0;
const DAY_LOW = 1;
const LAST_CLOSE = 2;
const AVERAGE_RANGE = 3;

/**
 * The 20-bar max high and min low by blocks (van Herk / Gil-Werman): bars are cut into blocks of
 * 20; a window ending at position j of the current block is the current block's prefix 0…j plus the
 * previous block's suffix j+1…19, whose extremes are worked out once when that block completes. Per
 * bar that is three comparisons with no data-dependent loop, where a monotonic deque's pops end at
 * an unpredictable point. The extreme of a set does not depend on the order it is taken in, so the
 * values are the deque's (for finite prices). The trade date's extremes, read only when a new
 * trade date starts, are tracked here; its average range is read once per trade date.
 *
 * No double is carried from bar to bar in a local: the running values live in typed arrays. A
 * loop this long is often run as on-stack-replacement code, where V8 keeps such a local boxed and
 * allocates a heap number for it on every bar (2× the time of the whole feature).
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
  private date = 0;
  /** Prefix extremes of the current block (positions 0…pos − 1). */
  private readonly prefixHi = new Float64Array(RANGE_BARS);
  private readonly prefixLo = new Float64Array(RANGE_BARS);
  /** The trade date's high and low so far, the last close fed, the average range (see DAY_HIGH…). */
  private readonly state = Float64Array.of(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NaN, Number.NaN);
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
    const prefixHi = this.prefixHi;
    const prefixLo = this.prefixLo;
    const suffixHi = this.suffixHi;
    const suffixLo = this.suffixLo;
    const state = this.state;
    let pos = this.pos;
    let date = this.date;
    for (let i = from; i < to; i++) {
      const h = high[i]!;
      const l = low[i]!;
      blockHi[pos] = h;
      blockLo[pos] = l;
      const ph = pos === 0 ? h : Math.max(prefixHi[pos - 1]!, h);
      const pl = pos === 0 ? l : Math.min(prefixLo[pos - 1]!, l);
      prefixHi[pos] = ph;
      prefixLo[pos] = pl;
      const maxHigh = Math.max(suffixHi[pos + 1]!, ph);
      const minLow = Math.min(suffixLo[pos + 1]!, pl);
      if (++pos === RANGE_BARS) {
        pos = 0;
        for (let k = RANGE_BARS - 1; k >= 0; k--) {
          suffixHi[k] = Math.max(blockHi[k]!, suffixHi[k + 1]!);
          suffixLo[k] = Math.min(blockLo[k]!, suffixLo[k + 1]!);
        }
      }
      // TradeDateRanges.step, its running extremes kept here and handed over when the date rolls.
      const d = dates[i]!;
      if (d !== 0 && d !== date) {
        days.high = state[DAY_HIGH]!;
        days.low = state[DAY_LOW]!;
        days.lastClose = i > from ? close[i - 1]! : state[LAST_CLOSE]!;
        days.step(d, h, l, close[i]!);
        state[AVERAGE_RANGE] = days.averageRange();
        date = d;
        state[DAY_HIGH] = h;
        state[DAY_LOW] = l;
      } else {
        if (h > state[DAY_HIGH]!) state[DAY_HIGH] = h;
        if (l < state[DAY_LOW]!) state[DAY_LOW] = l;
      }
      const r = (maxHigh - minLow) / state[AVERAGE_RANGE]!;
      // NaN fails both comparisons, so a missing average also takes the fill.
      if (r >= 0 && r <= 10) out[i - shift] = r;
      else out[i - shift] = FILL;
    }
    if (to > from) state[LAST_CLOSE] = close[to - 1]!;
    this.pos = pos;
    this.date = date;
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
