import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { RollingSum } from "../kernels/rolling-sum.js";

class SmaStream implements FeatureStream {
  private readonly s: RollingSum;
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
  ) {
    this.s = new RollingSum(period);
  }

  update(i: number): number {
    this.s.push(this.src.bars.close[i]!);
    return this.s.full ? this.s.sum / this.period : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** `sma:{period}` — simple mean of the last `period` closes. */
export const sma = defineFamily<{ period: number }>({
  name: "sma",
  description: "simple moving average of the close",
  params: [intParam("period", 20, 1, 10_000)],
  warmup: (p) => p.period,
  createStream: (src, p) => new SmaStream(src, p.period),
});
