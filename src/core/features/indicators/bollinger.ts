import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

enum Out {
  Sd,
  Z,
  Mid,
  Upper,
  Lower,
  Width,
}

/** Rolling mean and population σ of the close, read as one of the Bollinger-family outputs. */
class CloseMomentsStream implements FeatureStream {
  private readonly m: RollingMoments;
  constructor(
    private readonly src: FeatureSource,
    period: number,
    private readonly output: Out,
    private readonly mult: number,
  ) {
    this.m = new RollingMoments(period);
  }

  update(i: number): number {
    const c = this.src.bars.close[i]!;
    this.m.push(c);
    if (!this.m.full) return Number.NaN;
    const mean = this.m.mean();
    const sd = Math.sqrt(this.m.variance());
    switch (this.output) {
      case Out.Sd:
        return sd;
      case Out.Z:
        return sd > 0 ? (c - mean) / sd : Number.NaN;
      case Out.Mid:
        return mean;
      case Out.Upper:
        return mean + this.mult * sd;
      case Out.Lower:
        return mean - this.mult * sd;
      default:
        return (2 * this.mult * sd) / mean;
    }
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
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
  createStream: (src, p) => new CloseMomentsStream(src, p.period, Out.Sd, 0),
});

/** `zscore:{period}` — (close − SMA)/σ over the last `period` closes (population σ); NaN when σ = 0. */
export const zscore = defineFamily<N>({
  name: "zscore",
  description: "z-score of the close over a rolling window",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => new CloseMomentsStream(src, p.period, Out.Z, 0),
});

/** `bb.mid:{period}` — Bollinger middle band (SMA of the close). */
export const bbMid = defineFamily<N>({
  name: "bb.mid",
  description: "Bollinger middle band (SMA)",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => new CloseMomentsStream(src, p.period, Out.Mid, 0),
});

/** `bb.upper:{period,mult}` — SMA + mult·σ (population σ, as trading-signals and bb_width). */
export const bbUpper = defineFamily<P>({
  name: "bb.upper",
  description: "Bollinger upper band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => new CloseMomentsStream(src, p.period, Out.Upper, p.mult),
});

/** `bb.lower:{period,mult}` — SMA − mult·σ. */
export const bbLower = defineFamily<P>({
  name: "bb.lower",
  description: "Bollinger lower band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => new CloseMomentsStream(src, p.period, Out.Lower, p.mult),
});

/** `bb.width:{period,mult}` — (upper − lower)/mid = 2·mult·σ/SMA (bb_width is bb.width:20,2). */
export const bbWidthBand = defineFamily<P>({
  name: "bb.width",
  description: "Bollinger band width relative to the middle band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => new CloseMomentsStream(src, p.period, Out.Width, p.mult),
});
