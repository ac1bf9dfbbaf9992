import { defineFeature } from "../contract.js";

const FILL = 0;

/** session_type (idx 10): 0 Overnight, 1 RTH, 2 PostRTH of the bar's open time; fill for a closed-time bar. */
export const sessionType = defineFeature({
  key: "session_type",
  family: "session_type",
  fill: FILL,
  warmup: 1,
  description: "intraday session code of the bar",
  createStream(src) {
    return {
      update(i) {
        const s = src.labels.session[i]!;
        return s >= 0 ? s : FILL;
      },
    };
  },
});
