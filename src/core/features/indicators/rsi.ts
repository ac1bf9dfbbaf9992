import { defineFamily, intParam } from "../family.js";
import { CutlerRsi } from "../kernels/cutler-rsi.js";
import { WilderAverage } from "../kernels/wilder.js";

/**
 * `rsi:{period}` — Wilder RSI: average gain and loss seeded with the simple mean of the first
 * `period` changes, then Wilder-smoothed; 100 when the average loss is 0.
 */
export const rsi = defineFamily<{ period: number }>({
  name: "rsi",
  description: "Wilder RSI",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream(src, p) {
    const g = new WilderAverage(p.period);
    const l = new WilderAverage(p.period);
    return {
      update(i) {
        if (i === 0) return Number.NaN;
        const c = src.bars.close;
        const d = c[i]! - c[i - 1]!;
        const ag = g.push(Math.max(d, 0));
        const al = l.push(d > 0 ? 0 : -d);
        if (Number.isNaN(ag)) return Number.NaN;
        return al === 0 ? 100 : 100 - 100 / (1 + ag / al);
      },
    };
  },
});

/** `rsi.cutler:{period}` — Cutler RSI (simple averages of the last `period` gains and losses), as `rsi_14`. */
export const rsiCutler = defineFamily<{ period: number }>({
  name: "rsi.cutler",
  description: "Cutler RSI (simple averages)",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream(src, p) {
    const rsi = new CutlerRsi(p.period);
    return {
      update(i) {
        if (i === 0) return Number.NaN;
        const c = src.bars.close;
        return rsi.push(c[i]! - c[i - 1]!);
      },
    };
  },
});
