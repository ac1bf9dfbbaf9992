import { defineFamily, intParam } from "../family.js";
import { RollingSum } from "../kernels/rolling-sum.js";
import { trueRange } from "../kernels/true-range.js";
import { WilderAverage } from "../kernels/wilder.js";

/**
 * `atr:{period}` — Wilder's ATR: bar 0's true range is H − L, the first value (bar period − 1) is the
 * mean of the first `period` true ranges, then atr += (TR − atr)/period.
 */
export const atr = defineFamily<{ period: number }>({
  name: "atr",
  description: "Wilder ATR (SMA seed, then 1/period smoothing)",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period,
  createStream(src, p) {
    const w = new WilderAverage(p.period);
    return {
      update(i) {
        const b = src.bars;
        return w.push(trueRange(b.high, b.low, b.close, i));
      },
    };
  },
});

/** `atr.sma:{period}` — simple mean of the last `period` true ranges, each with a previous close (as `atr_14`). */
export const atrSma = defineFamily<{ period: number }>({
  name: "atr.sma",
  description: "simple-average ATR over the last period true ranges",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream(src, p) {
    const s = new RollingSum(p.period);
    return {
      update(i) {
        if (i === 0) return Number.NaN;
        const b = src.bars;
        s.push(trueRange(b.high, b.low, b.close, i));
        return s.full ? s.sum / p.period : Number.NaN;
      },
    };
  },
});
