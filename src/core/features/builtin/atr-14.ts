import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { RollingSum } from "../kernels/rolling-sum.js";
import { trueRange } from "../kernels/true-range.js";

/**
 * Simple mean of the last `period` true ranges, each with a previous close (so the first value is
 * at bar `period`); `fill` before that and for a non-finite result. atr_14 and `atr.sma` use it.
 */
export class SimpleAtrStream implements FeatureStream {
  private readonly sum: RollingSum;
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
    private readonly fillValue: number,
  ) {
    this.sum = new RollingSum(period);
  }

  update(i: number): number {
    if (i < 1) return this.fillValue;
    const b = this.src.bars;
    this.sum.push(trueRange(b.high, b.low, b.close, i));
    const v = this.sum.sum / this.period;
    return this.sum.full && Number.isFinite(v) ? v : this.fillValue;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
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
