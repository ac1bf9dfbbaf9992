import { SimpleAtrStream } from "../builtin/atr-14.js";
import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { trueRange } from "../kernels/true-range.js";
import { WilderAverage } from "../kernels/wilder.js";

class WilderAtrStream implements FeatureStream {
  private readonly w: WilderAverage;
  constructor(
    private readonly src: FeatureSource,
    period: number,
  ) {
    this.w = new WilderAverage(period);
  }

  update(i: number): number {
    const b = this.src.bars;
    return this.w.push(trueRange(b.high, b.low, b.close, i));
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/**
 * `atr:{period}` — Wilder's ATR: bar 0's true range is H − L, the first value (bar period − 1) is the
 * mean of the first `period` true ranges, then atr += (TR − atr)/period.
 */
export const atr = defineFamily<{ period: number }>({
  name: "atr",
  description: "Wilder ATR (SMA seed, then 1/period smoothing)",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period,
  createStream: (src, p) => new WilderAtrStream(src, p.period),
});

/** `atr.sma:{period}` — simple mean of the last `period` true ranges, each with a previous close (as `atr_14`). */
export const atrSma = defineFamily<{ period: number }>({
  name: "atr.sma",
  description: "simple-average ATR over the last period true ranges",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new SimpleAtrStream(src, p.period, Number.NaN),
});
