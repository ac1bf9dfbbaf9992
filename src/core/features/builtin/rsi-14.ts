import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { CutlerRsi } from "../kernels/cutler-rsi.js";

/** Cutler RSI over the last `period` changes; `fill` until period + 1 bars. rsi_14 and `rsi.cutler` use it. */
export class CutlerRsiStream implements FeatureStream {
  private readonly rsi: CutlerRsi;
  constructor(
    private readonly src: FeatureSource,
    period: number,
    private readonly fillValue: number,
  ) {
    this.rsi = new CutlerRsi(period);
  }

  update(i: number): number {
    if (i < 1) return this.fillValue;
    const c = this.src.bars.close;
    const v = this.rsi.push(c[i]! - c[i - 1]!);
    return Number.isFinite(v) ? v : this.fillValue;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** rsi_14 (idx 3): Cutler RSI over the last 14 changes, 100 with no loss (a flat window too); needs 15 bars. */
export const rsi14 = defineFeature({
  key: "rsi_14",
  family: "rsi_14",
  fill: 50,
  warmup: 15,
  description: "Cutler RSI over 14 close-to-close changes",
  createStream: (src) => new CutlerRsiStream(src, 14, 50),
});
