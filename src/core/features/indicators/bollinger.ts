import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

/** Runs rolling moments of the close and maps (mean, population σ) to one output. */
function closeMoments(src: FeatureSource, period: number, out: (mean: number, sd: number) => number): FeatureStream {
  const m = new RollingMoments(period);
  return {
    update(i) {
      m.push(src.bars.close[i]!);
      return m.full ? out(m.mean(), Math.sqrt(m.variance())) : Number.NaN;
    },
  };
}

const period = intParam("period", 20, 2, 10_000);
const mult = realParam("mult", 2, 0, 100);
type P = { period: number; mult: number };

/** `stdev:{period}` — population standard deviation of the last `period` closes. */
export const stdev = defineFamily<{ period: number }>({
  name: "stdev",
  description: "population σ of the close",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMoments(src, p.period, (_m, sd) => sd),
});

/** `zscore:{period}` — (close − SMA)/σ over the last `period` closes (population σ); NaN when σ = 0. */
export const zscore = defineFamily<{ period: number }>({
  name: "zscore",
  description: "z-score of the close over a rolling window",
  params: [period],
  warmup: (p) => p.period,
  createStream(src, p) {
    const m = new RollingMoments(p.period);
    return {
      update(i) {
        const c = src.bars.close[i]!;
        m.push(c);
        if (!m.full) return Number.NaN;
        const sd = Math.sqrt(m.variance());
        return sd > 0 ? (c - m.mean()) / sd : Number.NaN;
      },
    };
  },
});

/** `bb.mid:{period}` — Bollinger middle band (SMA of the close). */
export const bbMid = defineFamily<{ period: number }>({
  name: "bb.mid",
  description: "Bollinger middle band (SMA)",
  params: [period],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMoments(src, p.period, (mean) => mean),
});

/** `bb.upper:{period,mult}` — SMA + mult·σ (population σ, as trading-signals and bb_width). */
export const bbUpper = defineFamily<P>({
  name: "bb.upper",
  description: "Bollinger upper band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMoments(src, p.period, (mean, sd) => mean + p.mult * sd),
});

/** `bb.lower:{period,mult}` — SMA − mult·σ. */
export const bbLower = defineFamily<P>({
  name: "bb.lower",
  description: "Bollinger lower band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMoments(src, p.period, (mean, sd) => mean - p.mult * sd),
});

/** `bb.width:{period,mult}` — (upper − lower)/mid = 2·mult·σ/SMA (bb_width is bb.width:20,2). */
export const bbWidthBand = defineFamily<P>({
  name: "bb.width",
  description: "Bollinger band width relative to the middle band",
  params: [period, mult],
  warmup: (p) => p.period,
  createStream: (src, p) => closeMoments(src, p.period, (mean, sd) => (2 * p.mult * sd) / mean),
});
