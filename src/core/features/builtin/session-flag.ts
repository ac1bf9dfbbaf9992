import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";

/** A label code column (segment or session) with `fill` for closed-time bars (code −1). */
export class LabelCodeStream implements FeatureStream {
  constructor(
    private readonly src: FeatureSource,
    private readonly segment: boolean,
    private readonly fillValue: number,
  ) {}

  update(i: number): number {
    const l = this.src.labels;
    const s = this.segment ? l.segment[i]! : l.session[i]!;
    return s >= 0 ? s : this.fillValue;
  }

  /** `update` over a range with the column and fill in locals, written with two stores (see BOXING in contract.ts). */
  fill(out: Float64Array, from: number, to: number): Float64Array {
    const l = this.src.labels;
    const codes = this.segment ? l.segment : l.session;
    const fillValue = this.fillValue;
    for (let i = from; i < to; i++) {
      const s = codes[i]!;
      if (s >= 0) out[i] = s;
      else out[i] = fillValue;
    }
    return out;
  }
}

/** session_flag (idx 9): the segment code 0..11 (SPEC §1) of the bar's open time; fill for a closed-time bar. */
export const sessionFlag = defineFeature({
  key: "session_flag",
  family: "session_flag",
  fill: 0,
  warmup: 1,
  description: "segment code of the bar (Asian … AfterHours)",
  createStream: (src) => new LabelCodeStream(src, true, 0),
});
