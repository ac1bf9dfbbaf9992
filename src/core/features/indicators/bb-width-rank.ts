import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { CountingWindow } from "../kernels/counting-window.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

type P = { period: number; window: number };

const TIE = 1e-12;

/** A class with its own fill loop, so V8 inlines the per-bar code (see FeatureStream.fill). */
class WidthRankStream implements FeatureStream {
  private readonly m: RollingMoments;
  private readonly w: CountingWindow;
  constructor(
    private readonly src: FeatureSource,
    period: number,
    private readonly window: number,
  ) {
    this.m = new RollingMoments(period);
    this.w = new CountingWindow(window);
  }

  update(i: number): number {
    const m = this.m;
    const w = this.w;
    m.push(this.src.bars.close[i]!);
    const x = m.full ? Math.sqrt(m.variance()) / m.mean() : Number.NaN;
    w.push(x);
    // Equal windows give mathematically equal widths that the rolling sums may miss by an ulp:
    // count them as ties (1e-12 relative), so the rank does not depend on rounding noise. A full
    // window holds `window` finite values, x among them.
    return w.full ? w.countAtMost(x + x * TIE) / this.window : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
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
