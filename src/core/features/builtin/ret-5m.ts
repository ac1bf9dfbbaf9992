import { defineFeature, orFill } from "../contract.js";

const FILL = 0;

/** ret_5m (idx 1): (C[1] − C[6]) / C[6], the return over five bars; needs 6 bars. */
export const ret5m = defineFeature({
  key: "ret_5m",
  family: "ret_5m",
  fill: FILL,
  warmup: 6,
  description: "five-bar close-to-close return",
  createStream(src) {
    return {
      update(i) {
        if (i < 5) return FILL;
        const c = src.bars.close;
        const prev = c[i - 5]!;
        return orFill((c[i]! - prev) / prev, FILL);
      },
    };
  },
});
