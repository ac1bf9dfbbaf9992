import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { CutlerRsi } from "../kernels/cutler-rsi.js";

/** Cutler RSI over the last `period` changes; `fill` until period + 1 bars. rsi_14 and `rsi.cutler` use it. */
export class CutlerRsiStream implements FeatureStream {
  private readonly rsi: CutlerRsi;
  private readonly one = new Float64Array(1);
  constructor(
    private readonly src: FeatureSource,
    period: number,
    private readonly fillValue: number,
  ) {
    this.rsi = new CutlerRsi(period);
  }

  update(i: number): number {
    this.rsi.run(this.src.bars.close, this.one, i, i + 1, i, this.fillValue);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.rsi.run(this.src.bars.close, out, from, to, 0, this.fillValue);
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
