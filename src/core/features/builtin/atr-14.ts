import { defineFeature, orFill } from "../contract.js";
import { RollingSum } from "../kernels/rolling-sum.js";
import { trueRange } from "../kernels/true-range.js";

const FILL = 0.5;
const PERIOD = 14;

/** atr_14 (idx 2): simple mean of the last 14 true ranges (each needs a previous close); needs 15 bars. */
export const atr14 = defineFeature({
  key: "atr_14",
  family: "atr_14",
  fill: FILL,
  warmup: PERIOD + 1,
  description: "simple mean of the last 14 true ranges",
  createStream(src) {
    const sum = new RollingSum(PERIOD);
    return {
      update(i) {
        if (i < 1) return FILL;
        const b = src.bars;
        sum.push(trueRange(b.high, b.low, b.close, i));
        return sum.full ? orFill(sum.sum / PERIOD, FILL) : FILL;
      },
    };
  },
});
