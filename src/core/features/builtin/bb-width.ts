import { defineFeature, type FeatureSource, type FeatureStream, orFill } from "../contract.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

const FILL = 0.01;
const PERIOD = 20;

class BbWidthStream implements FeatureStream {
  private readonly m = new RollingMoments(PERIOD);
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    this.m.push(this.src.bars.close[i]!);
    if (!this.m.full) return FILL;
    return orFill((4 * Math.sqrt(this.m.variance())) / this.m.mean(), FILL);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** bb_width (idx 5): 4σ/SMA of the last 20 closes, population σ; needs 20 bars. */
export const bbWidth = defineFeature({
  key: "bb_width",
  family: "bb_width",
  fill: FILL,
  warmup: PERIOD,
  description: "Bollinger width 4σ/SMA over 20 closes",
  createStream: (src) => new BbWidthStream(src),
});
