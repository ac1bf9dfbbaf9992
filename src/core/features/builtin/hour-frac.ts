import { defineFeature, type FeatureSource, type FeatureStream, orFill } from "../contract.js";

const FILL = 0.5;

class HourFracStream implements FeatureStream {
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    const m = this.src.labels.etMinute[i]!;
    const hour = Math.floor(m / 60);
    return orFill((hour + (m - hour * 60) / 60) / 24, FILL);
  }

  /** `update` over a range, written with two stores instead of orFill's select (see BOXING in contract.ts). */
  fill(out: Float64Array, from: number, to: number): Float64Array {
    const minutes = this.src.labels.etMinute;
    for (let i = from; i < to; i++) {
      const m = minutes[i]!;
      const hour = Math.floor(m / 60);
      const h = (hour + (m - hour * 60) / 60) / 24;
      if (h - h === 0) out[i] = h;
      else out[i] = FILL;
    }
    return out;
  }
}

/** hour_frac (idx 8): (ET hour + minute/60) / 24 of the bar's open time (the reference used the UTC hour only). */
export const hourFrac = defineFeature({
  key: "hour_frac",
  family: "hour_frac",
  fill: FILL,
  warmup: 1,
  description: "ET time of day as a fraction of 24 h",
  createStream: (src) => new HourFracStream(src),
});
