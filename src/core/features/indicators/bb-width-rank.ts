import { defineFamily, intParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";
import { SortedWindow } from "../kernels/sorted-window.js";

type P = { period: number; window: number };

const TIE = 1e-12;

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
  createStream(src, p) {
    const m = new RollingMoments(p.period);
    const w = new SortedWindow(p.window);
    return {
      update(i) {
        m.push(src.bars.close[i]!);
        const x = m.full ? Math.sqrt(m.variance()) / m.mean() : Number.NaN;
        // Equal windows give mathematically equal widths that the rolling sums may miss by an ulp:
        // count them as ties (1e-12 relative), so the rank does not depend on rounding noise.
        const count = w.pushCountAtMost(x, x + x * TIE);
        return w.size === p.window && Number.isFinite(x) ? count / w.size : Number.NaN;
      },
    };
  },
});
