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
 * The 20-bar max high and min low as a running extreme with the bar it came from: a new bar at or
 * beyond it takes over; when the bar holding it leaves the window, the window is scanned again
 * (20 comparisons; a scan by arithmetic selects, as in `branch-free.ts`, measured slower). On prices the extreme usually outlives many bars, so most bars cost two
 * comparisons, where a monotonic deque's pops end at an unpredictable point and block prefixes put
 * a compare-and-select of every bar on one dependency chain (~3× the time). Ties keep the newest
 * bar, so the extreme is kept as long as possible. A NaN price makes the extreme NaN for the 20 bars
 * it is in the window, as Math.max over the window does. The extreme of a set does not depend on
 * the order it is taken in, so the values are the deque's. The trade date's extremes, read only
 * when a new trade date starts, are tracked here; its average range is read once per trade date.
 *
 * The running values (extremes and the trade-date state) live in typed arrays, not in locals
 * carried from bar to bar: such a local can be kept boxed by V8 (a heap number per bar).
 */
class AdrPctStream implements FeatureStream {
  private readonly days = new TradeDateRanges(DAYS);
  /** Window extremes and the bars they came from, the last bar with a NaN high or low. */
  private readonly ext = Float64Array.of(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  private readonly extAt = Int32Array.of(-1, -1, -RANGE_BARS - 1);
  private date = 0;
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
    const ext = this.ext;
    const extAt = this.extAt;
    const state = this.state;
    let hiAt = extAt[0]!;
    let loAt = extAt[1]!;
    let nanAt = extAt[2]!;
    let date = this.date;
    for (let i = from; i < to; i++) {
      const h = high[i]!;
      const l = low[i]!;
      const first = i - RANGE_BARS + 1;
      if (h >= ext[0]!) {
        ext[0] = h;
        hiAt = i;
      } else if (hiAt < first) {
        let m = Number.NEGATIVE_INFINITY;
        hiAt = -1;
        for (let k = first; k <= i; k++) {
          if (high[k]! >= m) {
            m = high[k]!;
            hiAt = k;
          }
        }
        ext[0] = m;
      }
      if (l <= ext[1]!) {
        ext[1] = l;
        loAt = i;
      } else if (loAt < first) {
        let m = Number.POSITIVE_INFINITY;
        loAt = -1;
        for (let k = first; k <= i; k++) {
          if (low[k]! <= m) {
            m = low[k]!;
            loAt = k;
          }
        }
        ext[1] = m;
      }
      // NaN fails every comparison above, so it is never an extreme: it is tracked on its own.
      if (Number.isNaN(h - l)) nanAt = i;
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
      const r = (ext[0]! - ext[1]!) / state[AVERAGE_RANGE]!;
      // NaN fails both comparisons, so a missing average (or a NaN price in the window) takes the fill.
      if (r >= 0 && r <= 10 && nanAt < first) out[i - shift] = r;
      else out[i - shift] = FILL;
    }
    if (to > from) state[LAST_CLOSE] = close[to - 1]!;
    extAt[0] = hiAt;
    extAt[1] = loAt;
    extAt[2] = nanAt;
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
