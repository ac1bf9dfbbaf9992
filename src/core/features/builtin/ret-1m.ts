import { defineFeature, type FeatureSource, type FeatureStream, orFill } from "../contract.js";

const FILL = 0;

/** Return over `lag` bars, (C[i] − C[i−lag]) / C[i−lag]; fill until lag + 1 bars. Shared by ret_1m and ret_5m. */
export class ReturnStream implements FeatureStream {
  constructor(
    private readonly src: FeatureSource,
    private readonly lag: number,
  ) {}

  update(i: number): number {
    if (i < this.lag) return FILL;
    const c = this.src.bars.close;
    const prev = c[i - this.lag]!;
    return orFill((c[i]! - prev) / prev, FILL);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** ret_1m (idx 0): (C[1] − C[2]) / C[2], the last one-bar return; needs 2 bars. */
export const ret1m = defineFeature({
  key: "ret_1m",
  family: "ret_1m",
  fill: FILL,
  warmup: 2,
  description: "one-bar close-to-close return",
  createStream: (src) => new ReturnStream(src, 1),
});
