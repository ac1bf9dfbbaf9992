import { defineFeature } from "../contract.js";
import { closeMomentsKernel, closeMomentsStream, MODEL_WIDTH_FILL, Out } from "../indicators/close-moments.js";

const PERIOD = 20;

/**
 * bb_width (idx 5): 4σ/SMA of the last 20 closes, population σ; needs 20 bars. It reads the close
 * moments of period 20 that `stdev:20`, `bb.width:20,…` and `bb.widthRank:20,…` read, so a set
 * holding them runs that window once (same expressions, so the same values as on its own).
 */
export const bbWidth = defineFeature({
  key: "bb_width",
  family: "bb_width",
  fill: MODEL_WIDTH_FILL,
  warmup: PERIOD,
  description: "Bollinger width 4σ/SMA over 20 closes",
  createStream: (src) => closeMomentsStream(src, PERIOD, Out.ModelWidth, 0),
  shared: closeMomentsKernel(PERIOD),
});
