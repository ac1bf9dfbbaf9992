import { SimpleAtrStream } from "../builtin/atr-14.js";
import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { trueRange } from "../kernels/true-range.js";

/** WilderAverage's recursion over true ranges, with its state in locals over a range of bars. */
class WilderAtrStream implements FeatureStream {
  private n = 0;
  private seed = 0;
  private value = Number.NaN;
  private readonly one = new Float64Array(1);
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
  ) {}

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const period = this.period;
    let n = this.n;
    let seed = this.seed;
    let value = this.value;
    for (let i = from; i < to; i++) {
      const x = trueRange(high, low, close, i);
      if (n < period) {
        seed += x;
        if (++n === period) value = seed / period;
      } else value += (x - value) / period;
      out[i - shift] = value;
    }
    this.n = n;
    this.seed = seed;
    this.value = value;
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
