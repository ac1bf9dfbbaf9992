import { defineFeature, orFill } from "../contract.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

const FILL = 0.01;
const PERIOD = 20;

/** bb_width (idx 5): 4σ/SMA of the last 20 closes, population σ; needs 20 bars. */
export const bbWidth = defineFeature({
  key: "bb_width",
  family: "bb_width",
  fill: FILL,
  warmup: PERIOD,
  description: "Bollinger width 4σ/SMA over 20 closes",
  createStream(src) {
    const m = new RollingMoments(PERIOD);
    return {
      update(i) {
        m.push(src.bars.close[i]!);
        if (!m.full) return FILL;
        return orFill((4 * Math.sqrt(m.variance())) / m.mean(), FILL);
      },
    };
  },
});
