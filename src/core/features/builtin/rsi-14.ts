import { defineFeature, orFill } from "../contract.js";
import { CutlerRsi } from "../kernels/cutler-rsi.js";

const FILL = 50;
const PERIOD = 14;

/** rsi_14 (idx 3): Cutler RSI over the last 14 changes, 100 with no loss (a flat window too); needs 15 bars. */
export const rsi14 = defineFeature({
  key: "rsi_14",
  family: "rsi_14",
  fill: FILL,
  warmup: PERIOD + 1,
  description: "Cutler RSI over 14 close-to-close changes",
  createStream(src) {
    const rsi = new CutlerRsi(PERIOD);
    return {
      update(i) {
        if (i < 1) return FILL;
        const c = src.bars.close;
        return orFill(rsi.push(c[i]! - c[i - 1]!), FILL);
      },
    };
  },
});
