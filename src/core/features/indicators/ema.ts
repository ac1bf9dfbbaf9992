import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";

/**
 * The per-bar code lives in `run`, which keeps the running state in locals for the whole range and
 * stores it back once: a loop-carried value held in an object field goes through memory on every
 * bar, which more than doubles the cost of a one-line recursion. `update` runs one bar through it.
 */
class EmaStream implements FeatureStream {
  private readonly k: number;
  private readonly one = new Float64Array(1);
  private value = Number.NaN;
  private started = false;
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
  ) {
    this.k = 2 / (period + 1);
  }

  /** Bars [from, to) into out[i − shift]: EMA seeded with the first close (x·α + prev·(1−α)). */
  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const close = this.src.bars.close;
    const k = this.k;
    const warm = this.period - 1;
    let v = this.value;
    let i = from;
    if (!this.started && i < to) {
      this.started = true;
      v = close[i]!;
      out[i - shift] = i >= warm ? v : Number.NaN;
      i++;
    }
    for (; i < to; i++) {
      v = close[i]! * k + v * (1 - k);
      out[i - shift] = i >= warm ? v : Number.NaN;
    }
    this.value = v;
  }

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }
}

/**
 * `ema:{period}` — exponential moving average of the close, α = 2/(period+1), seeded with the first
 * close (as the reference strategies and trading-signals do); reported from bar `period` − 1 on.
 */
export const ema = defineFamily<{ period: number }>({
  name: "ema",
  description: "EMA of the close, seeded with the first close",
  params: [intParam("period", 20, 1, 10_000)],
  warmup: (p) => p.period,
  createStream: (src, p) => new EmaStream(src, p.period),
});
