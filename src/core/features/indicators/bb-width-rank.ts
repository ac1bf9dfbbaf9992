import { defineFamily, intParam } from "../family.js";
import { closeMomentsKernel, closeMomentsStream, Out } from "./close-moments.js";

type P = { period: number; window: number };

/**
 * `bb.widthRank:{period,window}` — percentile rank of the Bollinger width σ/SMA of the last `period`
 * closes among its last `window` values (share ≤ the current one; 1 = the widest). The multiplier
 * of the bands cancels in a rank, so it is not a parameter. S3 reads it as its compression measure
 * (`rank.bbWidth:60` is the same for period 20). NaN until period + window − 1 bars.
 */
export const bbWidthRank = defineFamily<P>({
  name: "bb.widthRank",
  description: "rolling percentile rank of the Bollinger width",
  params: [intParam("period", 20, 2, 10_000), intParam("window", 60, 2, 100_000)],
  warmup: (p) => p.period + p.window - 1,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.WidthRank, p.window),
  // The widths are the close moments every Bollinger feature of the period reads: one pass for all.
  shared: (p) => closeMomentsKernel(p.period),
});
