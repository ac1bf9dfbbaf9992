import type { Bars } from "../../data/bars.js";
import type { FeatureSource } from "../contract.js";
import { writeTrueRanges } from "./true-range.js";

/**
 * The true ranges of one bar series, worked out once and read by every kernel that needs them (the
 * simple and Wilder ATRs, Keltner channels, ADX and the true-range ranks and quantiles each read
 * them, ~5 ns a bar to compute). Rows are filled on demand up to the highest row asked for, so the
 * batch path (a column at a time) and the live path (a bar at a time, rows appended) read the same
 * values, computed by `writeTrueRanges`. Bars are immutable once rows exist (as everywhere in the SDK); a
 * series whose columns are re-pointed (a live buffer that grew) is filled again from row 0.
 */
export class TrueRangeColumn {
  private values = new Float64Array(0);
  private filled = 0;
  private high: Float64Array | null = null;
  private low: Float64Array | null = null;
  private close: Float64Array | null = null;

  constructor(private readonly bars: Bars) {}

  /** The true ranges of rows [0, to) (row i at index i; later rows are not valid yet). */
  upTo(to: number): Float64Array {
    const bars = this.bars;
    const high = bars.high;
    const low = bars.low;
    const close = bars.close;
    if (high !== this.high || low !== this.low || close !== this.close) {
      this.high = high;
      this.low = low;
      this.close = close;
      this.filled = 0;
    }
    if (to > this.filled) {
      if (to > this.values.length) {
        // Room for the whole series when it is known, else doubling (a live buffer grows a bar at a time).
        const grown = new Float64Array(Math.max(to, bars.length, 2 * this.values.length));
        grown.set(this.values.subarray(0, this.filled));
        this.values = grown;
      }
      writeTrueRanges(high, low, close, this.values, this.filled, to);
      this.filled = to;
    }
    return this.values;
  }
}

// Keyed by the feature source, not the bars: the streams of one computation (a computeColumns call,
// a FeatureFrame, a live FeatureSetStream) share it, and a new source computes it again, so each
// backtest that computes its features pays for its true ranges.
const COLUMNS = new WeakMap<FeatureSource, TrueRangeColumn>();

/** The one true-range column of `src`'s bars, shared by every kernel over that source (look it up once, read it per range). */
export function trueRangeColumn(src: FeatureSource): TrueRangeColumn {
  let column = COLUMNS.get(src);
  if (column === undefined) {
    column = new TrueRangeColumn(src.bars);
    COLUMNS.set(src, column);
  }
  return column;
}
