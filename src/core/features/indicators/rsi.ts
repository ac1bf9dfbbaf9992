import { CutlerRsiStream } from "../builtin/rsi-14.js";
import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { positivePart } from "../kernels/branch-free.js";

/**
 * Two WilderAverages (gains, losses) always pushed together, so one input count serves both; their
 * state stays in locals over a range of bars (as fields it goes through memory every bar).
 */
class WilderRsiStream implements FeatureStream {
  private n = 0;
  private gainSeed = 0;
  private lossSeed = 0;
  private gain = Number.NaN;
  private loss = Number.NaN;
  private readonly one = new Float64Array(1);
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
  ) {}

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const c = this.src.bars.close;
    const period = this.period;
    // Wilder's step as a multiply-add with constant weights, so no division waits on the previous
    // average (values move by an ulp or so).
    const keep = (period - 1) / period;
    const weight = 1 / period;
    let n = this.n;
    let gainSeed = this.gainSeed;
    let lossSeed = this.lossSeed;
    let ag = this.gain;
    let al = this.loss;
    for (let i = from; i < to; i++) {
      if (i === 0) {
        out[i - shift] = Number.NaN;
        continue;
      }
      const d = c[i]! - c[i - 1]!;
      // Branch-free (a branch on the direction mispredicts half the time, and Math.max is one).
      const g = positivePart(d);
      const l = positivePart(-d);
      if (n < period) {
        gainSeed += g;
        lossSeed += l;
        if (++n === period) {
          ag = gainSeed / period;
          al = lossSeed / period;
        }
      } else {
        ag = ag * keep + g * weight;
        al = al * keep + l * weight;
      }
      // Stores per case, not a select (see BOXING in contract.ts).
      if (Number.isNaN(ag)) out[i - shift] = Number.NaN;
      else if (al === 0) out[i - shift] = 100;
      // 100 − 100/(1 + ag/al) as 100·ag/(ag + al): one division instead of two (a few ulps apart).
      else out[i - shift] = (100 * ag) / (ag + al);
    }
    this.n = n;
    this.gainSeed = gainSeed;
    this.lossSeed = lossSeed;
    this.gain = ag;
    this.loss = al;
  }
}

/**
 * `rsi:{period}` — Wilder RSI: average gain and loss seeded with the simple mean of the first
 * `period` changes, then Wilder-smoothed (avg·(1 − 1/period) + x/period); 100 when the average loss is 0.
 */
export const rsi = defineFamily<{ period: number }>({
  name: "rsi",
  description: "Wilder RSI",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new WilderRsiStream(src, p.period),
});

/** `rsi.cutler:{period}` — Cutler RSI (simple averages of the last `period` gains and losses), as `rsi_14`. */
export const rsiCutler = defineFamily<{ period: number }>({
  name: "rsi.cutler",
  description: "Cutler RSI (simple averages)",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new CutlerRsiStream(src, p.period, Number.NaN),
});
