import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";

const FILL = 0.5;

/** (ET hour + minute/60) / 24 of an ET minute of the day, the fill when not finite. */
function hourFraction(m: number): number {
  const hour = Math.floor(m / 60);
  const h = (hour + (m - hour * 60) / 60) / 24;
  return h - h === 0 ? h : FILL;
}

/** hourFraction of every minute of the day, worked out once: a lookup per bar, not three divisions. */
const BY_MINUTE = Float64Array.from({ length: 1440 }, (_, m) => hourFraction(m));

class HourFracStream implements FeatureStream {
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    const m = this.src.labels.etMinute[i]!;
    return m >= 0 && m < 1440 ? BY_MINUTE[m]! : hourFraction(m);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    const minutes = this.src.labels.etMinute;
    for (let i = from; i < to; i++) {
      const m = minutes[i]!;
      // Two stores, not a select (see BOXING in contract.ts).
      if (m >= 0 && m < 1440) out[i] = BY_MINUTE[m]!;
      else out[i] = hourFraction(m);
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
