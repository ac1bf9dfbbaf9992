import { defineFamily, intParam, realParam } from "../family.js";
import { closeMomentsKernel, closeMomentsStream, Out } from "./close-moments.js";

const period = intParam("period", 20, 2, 10_000);
const mult = realParam("mult", 2, 0, 100);
type N = { period: number };
type P = { period: number; mult: number };

/** `stdev:{period}` — population standard deviation of the last `period` closes. */
export const stdev = defineFamily<N>({
  name: "stdev",
  description: "population σ of the close",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.Sd, 0),
  shared: (p) => closeMomentsKernel(p.period),
});

/** `zscore:{period}` — (close − SMA)/σ over the last `period` closes (population σ); NaN when σ = 0. */
export const zscore = defineFamily<N>({
  name: "zscore",
  description: "z-score of the close over a rolling window",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.Z, 0),
  shared: (p) => closeMomentsKernel(p.period),
});

/** `bb.mid:{period}` — Bollinger middle band (SMA of the close). */
export const bbMid = defineFamily<N>({
  name: "bb.mid",
  description: "Bollinger middle band (SMA)",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.Mid, 0),
  shared: (p) => closeMomentsKernel(p.period),
});

/** `bb.upper:{period,mult}` — SMA + mult·σ (population σ, as trading-signals and bb_width). */
export const bbUpper = defineFamily<P>({
  name: "bb.upper",
  description: "Bollinger upper band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.Upper, p.mult),
  shared: (p) => closeMomentsKernel(p.period),
});

/** `bb.lower:{period,mult}` — SMA − mult·σ. */
export const bbLower = defineFamily<P>({
  name: "bb.lower",
  description: "Bollinger lower band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.Lower, p.mult),
  shared: (p) => closeMomentsKernel(p.period),
});

/** `bb.width:{period,mult}` — (upper − lower)/mid = 2·mult·σ/SMA (bb_width is bb.width:20,2). */
export const bbWidthBand = defineFamily<P>({
  name: "bb.width",
  description: "Bollinger band width relative to the middle band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMomentsStream(src, p.period, Out.Width, p.mult),
  shared: (p) => closeMomentsKernel(p.period),
});
