import { defineFeature, type FeatureSource, type FeatureStream, orFill } from "../contract.js";
import { RollingSum } from "../kernels/rolling-sum.js";

const FILL = 0;
const BARS = 20;

class VwapDistStream implements FeatureStream {
  private readonly pv = new RollingSum(BARS);
  private readonly vol = new RollingSum(BARS);
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    const b = this.src.bars;
    const c = b.close[i]!;
    const v = b.volume[i]!;
    this.pv.push(((b.high[i]! + b.low[i]! + c) / 3) * v);
    this.vol.push(v);
    const vwap = this.pv.sum / this.vol.sum;
    return orFill((c - vwap) / vwap, FILL);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/**
 * vwap_dist (idx 4): (C − VWAP) / VWAP with a rolling VWAP = Σ(TP·V)/ΣV over the last min(20, n)
 * bars, TP = (H+L+C)/3. Not session-anchored (that is `vwap.session`). Defined from the first bar.
 */
export const vwapDist = defineFeature({
  key: "vwap_dist",
  family: "vwap_dist",
  fill: FILL,
  warmup: 1,
  description: "distance of the close from the rolling 20-bar VWAP",
  createStream: (src) => new VwapDistStream(src),
});
