import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { resumMoments } from "../kernels/rolling-moments.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";

const FILL = 0.01;
const PERIOD = 20;

/** RollingMoments' re-sum cadence for a window of PERIOD. */
const RESUM_EVERY = Math.max(1, Math.ceil(RESUM_PUSHES / PERIOD));

/**
 * RollingMoments over the close with its state in locals over a range of bars (as fields it goes
 * through memory every bar): the same shifted sums, the same re-sum cadence and the same mean and
 * variance expressions, so the same values.
 */
class BbWidthStream implements FeatureStream {
  private readonly ring = new Float64Array(PERIOD);
  private pos = 0;
  private center = 0;
  private s1 = 0;
  private s2 = 0;
  private wraps = 0;
  private count = 0;
  private readonly one = new Float64Array(1);
  constructor(private readonly src: FeatureSource) {}

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
    let pos = this.pos;
    let center = this.center;
    let s1 = this.s1;
    let s2 = this.s2;
    let wraps = this.wraps;
    let count = this.count;
    for (let i = from; i < to; i++) {
      // RollingMoments.push
      const x = close[i]!;
      if (count === 0) center = x;
      const d = x - center;
      if (count === PERIOD) {
        const o = ring[pos]! - center;
        s1 += d - o;
        s2 += d * d - o * o;
      } else {
        count++;
        s1 += d;
        s2 += d * d;
      }
      ring[pos] = x;
      if (++pos === PERIOD) {
        pos = 0;
        if (++wraps >= RESUM_EVERY) {
          wraps = 0;
          const r = resumMoments(ring, count);
          center = r[0]!;
          s1 = r[1]!;
          s2 = r[2]!;
        }
      }
      if (count !== PERIOD) {
        out[i - shift] = FILL;
        continue;
      }
      // RollingMoments.mean and .variance
      const mean = center + s1 / count;
      const mm = s1 / count;
      const second = s2 / count;
      const v = second - mm * mm;
      const w = (4 * Math.sqrt(v > 1e-14 * second ? v : 0)) / mean;
      out[i - shift] = Number.isFinite(w) ? w : FILL;
    }
    this.pos = pos;
    this.center = center;
    this.s1 = s1;
    this.s2 = s2;
    this.wraps = wraps;
    this.count = count;
  }
}

/** bb_width (idx 5): 4σ/SMA of the last 20 closes, population σ; needs 20 bars. */
export const bbWidth = defineFeature({
  key: "bb_width",
  family: "bb_width",
  fill: FILL,
  warmup: PERIOD,
  description: "Bollinger width 4σ/SMA over 20 closes",
  createStream: (src) => new BbWidthStream(src),
});
