import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";
import { type TrueRangeColumn, trueRangeColumn } from "../kernels/true-range-column.js";

/**
 * Simple mean of the last `period` true ranges, each with a previous close (so the first value is
 * at bar `period`); `fill` before that and for a non-finite result. atr_14 and `atr.sma` use it.
 * The rolling sum is RollingSum's algorithm (same additions, same periodic exact re-sum) run with
 * its position, count and sum in locals over a range of bars: as fields they cost memory every bar.
 */
export class SimpleAtrStream implements FeatureStream {
  private readonly ring: Float64Array;
  private readonly resumEvery: number;
  private pos = 0;
  private wraps = 0;
  private count = 0;
  private sum = 0;
  private readonly one = new Float64Array(1);
  private readonly trs: TrueRangeColumn;
  constructor(
    src: FeatureSource,
    private readonly period: number,
    private readonly fillValue: number,
  ) {
    this.trs = trueRangeColumn(src);
    this.ring = new Float64Array(period);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / period));
  }

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const trs = this.trs.upTo(to);
    const ring = this.ring;
    const n = this.period;
    const resumEvery = this.resumEvery;
    const fillValue = this.fillValue;
    let pos = this.pos;
    let wraps = this.wraps;
    let count = this.count;
    let sum = this.sum;
    for (let i = from; i < to; i++) {
      if (i < 1) {
        out[i - shift] = fillValue;
        continue;
      }
      const x = trs[i]!;
      if (count === n) sum -= ring[pos]!;
      else count++;
      ring[pos] = x;
      sum += x;
      if (++pos === n) {
        pos = 0;
        if (++wraps >= resumEvery) {
          wraps = 0;
          let s = 0;
          for (let k = 0; k < n; k++) s += ring[k]!;
          sum = s;
        }
      }
      const v = sum / n;
      // Two stores, not a select with the fill field (see BOXING in contract.ts).
      if (count === n && v - v === 0) out[i - shift] = v;
      else out[i - shift] = fillValue;
    }
    this.pos = pos;
    this.wraps = wraps;
    this.count = count;
    this.sum = sum;
  }
}

/** atr_14 (idx 2): simple mean of the last 14 true ranges (each needs a previous close); needs 15 bars. */
export const atr14 = defineFeature({
  key: "atr_14",
  family: "atr_14",
  fill: 0.5,
  warmup: 15,
  description: "simple mean of the last 14 true ranges",
  createStream: (src) => new SimpleAtrStream(src, 14, 0.5),
});
