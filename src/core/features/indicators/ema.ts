import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { Ema } from "../kernels/ema.js";

class EmaStream implements FeatureStream {
  private readonly e: Ema;
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
  ) {
    this.e = new Ema(period);
  }

  update(i: number): number {
    const v = this.e.push(this.src.bars.close[i]!);
    return i + 1 >= this.period ? v : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/**
 * `ema:{period}` — exponential moving average of the close, α = 2/(period+1), seeded with the first
 * close (as the reference strategies and trading-signals do); reported from bar `period` − 1 on.
 */
export const ema = defineFamily<{ period: number }>({
  name: "ema",
  description: "EMA of the close, seeded with the first close",
  params: [intParam("period", 20, 1, 10_000)],
  warmup: (p) => p.period,
  createStream: (src, p) => new EmaStream(src, p.period),
});
