import { defineFamily, intParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";

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
  createStream(src, p) {
    const m = new RollingMoments(p.lookback);
    let lastRet = Number.NaN;
    return {
      update(i) {
        if (i > 0) {
          const c = src.bars.close;
          const prev = c[i - 1]!;
          if (prev !== 0) {
            lastRet = (c[i]! - prev) / prev;
            m.push(lastRet);
          }
        }
        if (!m.full) return Number.NaN;
        return (lastRet - m.mean()) / Math.sqrt(Math.max(1e-12, m.variance()));
      },
    };
  },
});
