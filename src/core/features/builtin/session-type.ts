import { defineFeature } from "../contract.js";
import { LabelCodeStream } from "./session-flag.js";

/** session_type (idx 10): 0 Overnight, 1 RTH, 2 PostRTH of the bar's open time; fill for a closed-time bar. */
export const sessionType = defineFeature({
  key: "session_type",
  family: "session_type",
  fill: 0,
  warmup: 1,
  description: "intraday session code of the bar",
  createStream: (src) => new LabelCodeStream(src, false, 0),
});
