import { defineFamily, intParam } from "../family.js";
import { RollingSum } from "../kernels/rolling-sum.js";

/** `sma:{period}` — simple mean of the last `period` closes. */
export const sma = defineFamily<{ period: number }>({
  name: "sma",
  description: "simple moving average of the close",
  params: [intParam("period", 20, 1, 10_000)],
  warmup: (p) => p.period,
  createStream(src, p) {
    const s = new RollingSum(p.period);
    return {
      update(i) {
        s.push(src.bars.close[i]!);
        return s.full ? s.sum / p.period : Number.NaN;
      },
    };
  },
});
