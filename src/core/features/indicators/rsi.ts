import { CutlerRsiStream } from "../builtin/rsi-14.js";
import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { WilderAverage } from "../kernels/wilder.js";

class WilderRsiStream implements FeatureStream {
  private readonly g: WilderAverage;
  private readonly l: WilderAverage;
  constructor(
    private readonly src: FeatureSource,
    period: number,
  ) {
    this.g = new WilderAverage(period);
    this.l = new WilderAverage(period);
  }

  update(i: number): number {
    if (i === 0) return Number.NaN;
    const c = this.src.bars.close;
    const d = c[i]! - c[i - 1]!;
    const ag = this.g.push(Math.max(d, 0));
    const al = this.l.push(d > 0 ? 0 : -d);
    if (Number.isNaN(ag)) return Number.NaN;
    return al === 0 ? 100 : 100 - 100 / (1 + ag / al);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/**
 * `rsi:{period}` — Wilder RSI: average gain and loss seeded with the simple mean of the first
 * `period` changes, then Wilder-smoothed; 100 when the average loss is 0.
 */
export const rsi = defineFamily<{ period: number }>({
  name: "rsi",
  description: "Wilder RSI",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new WilderRsiStream(src, p.period),
});

/** `rsi.cutler:{period}` — Cutler RSI (simple averages of the last `period` gains and losses), as `rsi_14`. */
export const rsiCutler = defineFamily<{ period: number }>({
  name: "rsi.cutler",
  description: "Cutler RSI (simple averages)",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new CutlerRsiStream(src, p.period, Number.NaN),
});
