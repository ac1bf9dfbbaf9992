import { defineFeature } from "../contract.js";
import { ReturnStream } from "./ret-1m.js";

/** ret_5m (idx 1): (C[1] − C[6]) / C[6], the return over five bars; needs 6 bars. */
export const ret5m = defineFeature({
  key: "ret_5m",
  family: "ret_5m",
  fill: 0,
  warmup: 6,
  description: "five-bar close-to-close return",
  createStream: (src) => new ReturnStream(src, 5),
});
