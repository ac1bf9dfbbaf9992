import { defineFamily, intParam } from "../family.js";
import { Ema } from "../kernels/ema.js";

/**
 * `ema:{period}` — exponential moving average of the close, α = 2/(period+1), seeded with the first
 * close (as the reference strategies and trading-signals do); reported from bar `period` − 1 on.
 */
export const ema = defineFamily<{ period: number }>({
  name: "ema",
  description: "EMA of the close, seeded with the first close",
  params: [intParam("period", 20, 1, 10_000)],
  warmup: (p) => p.period,
  createStream(src, p) {
    const e = new Ema(p.period);
    return {
      update(i) {
        const v = e.push(src.bars.close[i]!);
        return i + 1 >= p.period ? v : Number.NaN;
      },
    };
  },
});
