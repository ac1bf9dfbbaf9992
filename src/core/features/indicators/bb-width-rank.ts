import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { CountingWindow } from "../kernels/counting-window.js";
import { resumMoments } from "../kernels/rolling-moments.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";

type P = { period: number; window: number };

const TIE = 1e-12;

/**
 * RollingMoments over the close with its state in locals over a range of bars (as fields it goes
 * through memory every bar): the same shifted sums, re-sum cadence and mean and variance
 * expressions, so the same widths; their ranks are counted in a CountingWindow.
 */
class WidthRankStream implements FeatureStream {
  private readonly ring: Float64Array;
  private readonly resumEvery: number;
  private readonly w: CountingWindow;
  private pos = 0;
  private center = 0;
  private s1 = 0;
  private s2 = 0;
  private wraps = 0;
  private count = 0;
  private readonly one = new Float64Array(1);
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
    private readonly window: number,
  ) {
    this.ring = new Float64Array(period);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / period));
    this.w = new CountingWindow(window);
  }

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const close = this.src.bars.close;
    const ring = this.ring;
    const n = this.period;
    const resumEvery = this.resumEvery;
    const w = this.w;
    const window = this.window;
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
      let x = Number.NaN;
      if (count === n) {
        // RollingMoments.mean and .variance
        const mean = center + s1 / count;
        const mm = s1 / count;
        const second = s2 / count;
        const v = second - mm * mm;
        x = Math.sqrt(v > 1e-14 * second ? v : 0) / mean;
      }
      w.push(x);
      // Equal windows give mathematically equal widths that the rolling sums may miss by an ulp:
      // count them as ties (1e-12 relative), so the rank does not depend on rounding noise. A full
      // window holds `window` finite values, x among them.
      out[i - shift] = w.full ? w.countAtMost(x + x * TIE) / window : Number.NaN;
    }
    this.pos = pos;
    this.center = center;
    this.s1 = s1;
    this.s2 = s2;
    this.wraps = wraps;
    this.count = count;
  }
}

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
  createStream: (src, p) => new WidthRankStream(src, p.period, p.window),
});
