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

  /** `update` over a range, written with two stores instead of orFill's select (see BOXING in contract.ts). */
  fill(out: Float64Array, from: number, to: number): Float64Array {
    const c = this.src.bars.close;
    const lag = this.lag;
    for (let i = from; i < to; i++) {
      if (i < lag) {
        out[i] = FILL;
        continue;
      }
      const prev = c[i - lag]!;
      const r = (c[i]! - prev) / prev;
      if (r - r === 0) out[i] = r;
      else out[i] = FILL;
    }
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
