import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

class VolzStream implements FeatureStream {
  private readonly m: RollingMoments;
  private lastRet = Number.NaN;
  constructor(
    private readonly src: FeatureSource,
    lookback: number,
  ) {
    this.m = new RollingMoments(lookback);
  }

  update(i: number): number {
    if (i > 0) {
      const c = this.src.bars.close;
      const prev = c[i - 1]!;
      if (prev !== 0) {
        this.lastRet = (c[i]! - prev) / prev;
        this.m.push(this.lastRet);
      }
    }
    if (!this.m.full) return Number.NaN;
    return (this.lastRet - this.m.mean()) / Math.sqrt(Math.max(1e-12, this.m.variance()));
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/**
 * `volz:{lookback}` — the reference's VolZ (strategies §0.3): z-score of the newest one-bar return
 * against the population mean and σ of the last `lookback` returns, σ = sqrt(max(1e−12, var)).
 * Needs lookback + 1 bars. A return over a zero close is skipped, as in the reference.
 */
export const volz = defineFamily<{ lookback: number }>({
  name: "volz",
  description: "z-score of the latest one-bar return",
  params: [intParam("lookback", 50, 2, 10_000)],
  warmup: (p) => p.lookback + 1,
  createStream: (src, p) => new VolzStream(src, p.lookback),
});
