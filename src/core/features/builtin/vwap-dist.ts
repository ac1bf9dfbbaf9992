import { defineFeature, orFill } from "../contract.js";
import { RollingSum } from "../kernels/rolling-sum.js";

const FILL = 0;
const BARS = 20;

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
  createStream(src) {
    const pv = new RollingSum(BARS);
    const vol = new RollingSum(BARS);
    return {
      update(i) {
        const b = src.bars;
        const c = b.close[i]!;
        const v = b.volume[i]!;
        pv.push(((b.high[i]! + b.low[i]! + c) / 3) * v);
        vol.push(v);
        const vwap = pv.sum / vol.sum;
        return orFill((c - vwap) / vwap, FILL);
      },
    };
  },
});
