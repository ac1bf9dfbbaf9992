import type { FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { resumMoments } from "../kernels/rolling-moments.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

enum Out {
  Sd,
  Z,
  Mid,
  Upper,
  Lower,
  Width,
}

/** One Bollinger-family output from the window's close, mean and σ. */
function outputValue(output: number, mult: number, c: number, mean: number, sd: number): number {
  switch (output) {
    case Out.Sd:
      return sd;
    case Out.Z:
      return sd > 0 ? (c - mean) / sd : Number.NaN;
    case Out.Mid:
      return mean;
    case Out.Upper:
      return mean + mult * sd;
    case Out.Lower:
      return mean - mult * sd;
    default:
      return (2 * mult * sd) / mean;
  }
}

/**
 * Rolling mean and population σ of the close, read as any of the Bollinger-family outputs: the
 * features over one period share one pass (see `SharedKernel`); a single feature is the kernel
 * with one output.
 */
class CloseMomentsKernel implements RangeKernel {
  // RollingMoments' state, kept here so a range of bars runs it in locals (as fields it goes
  // through memory every bar): the same shifted sums, re-sum cadence and mean and variance
  // expressions, so the same values.
  private readonly ring: Float64Array;
  private readonly resumEvery: number;
  private pos = 0;
  private center = 0;
  private s1 = 0;
  private s2 = 0;
  private wraps = 0;
  private count = 0;
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
    private readonly outputs: Int8Array,
    /** Per output, its band multiplier. */
    private readonly mults: Float64Array,
  ) {
    this.ring = new Float64Array(period);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / period));
  }

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const close = this.src.bars.close;
    const outputs = this.outputs;
    const mults = this.mults;
    const k = outputs.length;
    const ring = this.ring;
    const n = this.period;
    const resumEvery = this.resumEvery;
    let pos = this.pos;
    let center = this.center;
    let s1 = this.s1;
    let s2 = this.s2;
    let wraps = this.wraps;
    let count = this.count;
    for (let i = from; i < to; i++) {
      // RollingMoments.push
      const c = close[i]!;
      if (count === 0) center = c;
      const d = c - center;
      if (count === n) {
        const o = ring[pos]! - center;
        s1 += d - o;
        s2 += d * d - o * o;
      } else {
        count++;
        s1 += d;
        s2 += d * d;
      }
      ring[pos] = c;
      if (++pos === n) {
        pos = 0;
        if (++wraps >= resumEvery) {
          wraps = 0;
          const r = resumMoments(ring, count);
          center = r[0]!;
          s1 = r[1]!;
          s2 = r[2]!;
        }
      }
      if (count !== n) {
        for (let j = 0; j < k; j++) outs[j]![i - shift] = Number.NaN;
        continue;
      }
      // RollingMoments.mean and .variance
      const mean = center + s1 / count;
      const mm = s1 / count;
      const second = s2 / count;
      const v = second - mm * mm;
      const sd = Math.sqrt(v > 1e-14 * second ? v : 0);
      for (let j = 0; j < k; j++) outs[j]![i - shift] = outputValue(outputs[j]!, mults[j]!, c, mean, sd);
    }
    this.pos = pos;
    this.center = center;
    this.s1 = s1;
    this.s2 = s2;
    this.wraps = wraps;
    this.count = count;
  }
}

const OUTPUT_OF: Readonly<Record<string, Out>> = {
  stdev: Out.Sd,
  zscore: Out.Z,
  "bb.mid": Out.Mid,
  "bb.upper": Out.Upper,
  "bb.lower": Out.Lower,
  "bb.width": Out.Width,
};

function kernel(period: number): SharedKernel {
  return sharedKernel(
    `closeMoments:${period}`,
    (src, members) =>
      new CloseMomentsKernel(
        src,
        period,
        Int8Array.from(members, (d) => OUTPUT_OF[d.family]!),
        Float64Array.from(members, (d) => d.params.mult ?? 0),
      ),
  );
}

function stream(src: FeatureSource, period: number, output: Out, mult: number): FeatureStream {
  return new OneOutputStream(new CloseMomentsKernel(src, period, Int8Array.of(output), Float64Array.of(mult)));
}

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
  createStream: (src, p) => stream(src, p.period, Out.Sd, 0),
  shared: (p) => kernel(p.period),
});

/** `zscore:{period}` — (close − SMA)/σ over the last `period` closes (population σ); NaN when σ = 0. */
export const zscore = defineFamily<N>({
  name: "zscore",
  description: "z-score of the close over a rolling window",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => stream(src, p.period, Out.Z, 0),
  shared: (p) => kernel(p.period),
});

/** `bb.mid:{period}` — Bollinger middle band (SMA of the close). */
export const bbMid = defineFamily<N>({
  name: "bb.mid",
  description: "Bollinger middle band (SMA)",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => stream(src, p.period, Out.Mid, 0),
  shared: (p) => kernel(p.period),
});

/** `bb.upper:{period,mult}` — SMA + mult·σ (population σ, as trading-signals and bb_width). */
export const bbUpper = defineFamily<P>({
  name: "bb.upper",
  description: "Bollinger upper band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => stream(src, p.period, Out.Upper, p.mult),
  shared: (p) => kernel(p.period),
});

/** `bb.lower:{period,mult}` — SMA − mult·σ. */
export const bbLower = defineFamily<P>({
  name: "bb.lower",
  description: "Bollinger lower band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => stream(src, p.period, Out.Lower, p.mult),
  shared: (p) => kernel(p.period),
});

/** `bb.width:{period,mult}` — (upper − lower)/mid = 2·mult·σ/SMA (bb_width is bb.width:20,2). */
export const bbWidthBand = defineFamily<P>({
  name: "bb.width",
  description: "Bollinger band width relative to the middle band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => stream(src, p.period, Out.Width, p.mult),
  shared: (p) => kernel(p.period),
});
