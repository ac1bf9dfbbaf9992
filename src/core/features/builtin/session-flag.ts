import { defineFeature } from "../contract.js";

const FILL = 0;

/** session_flag (idx 9): the segment code 0..11 (SPEC §1) of the bar's open time; fill for a closed-time bar. */
export const sessionFlag = defineFeature({
  key: "session_flag",
  family: "session_flag",
  fill: FILL,
  warmup: 1,
  description: "segment code of the bar (Asian … AfterHours)",
  createStream(src) {
    return {
      update(i) {
        const s = src.labels.segment[i]!;
        return s >= 0 ? s : FILL;
      },
    };
  },
});
