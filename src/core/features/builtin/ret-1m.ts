import { defineFeature, orFill } from "../contract.js";

const FILL = 0;

/** ret_1m (idx 0): (C[1] − C[2]) / C[2], the last one-bar return; needs 2 bars. */
export const ret1m = defineFeature({
  key: "ret_1m",
  family: "ret_1m",
  fill: FILL,
  warmup: 2,
  description: "one-bar close-to-close return",
  createStream(src) {
    return {
      update(i) {
        if (i < 1) return FILL;
        const c = src.bars.close;
        const prev = c[i - 1]!;
        return orFill((c[i]! - prev) / prev, FILL);
      },
    };
  },
});
