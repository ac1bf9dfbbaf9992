import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { MinuteVolumeBaseline, minuteOfSession } from "../kernels/minute-volume-baseline.js";

class RvolStream implements FeatureStream {
  private readonly base: MinuteVolumeBaseline;
  private readonly need: number;
  private date = 0;
  private readonly one = new Float64Array(1);
  constructor(
    private readonly src: FeatureSource,
    days: number,
    minDays: number,
  ) {
    this.base = new MinuteVolumeBaseline(days);
    this.need = Math.min(minDays, days);
  }

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  /** Bars [from, to) into out[i − shift], the current trade date in a local over the range. */
  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const dates = this.src.labels.tradeDate;
    const minutes = this.src.labels.etMinute;
    const volume = this.src.bars.volume;
    const base = this.base;
    const need = this.need;
    let date = this.date;
    for (let i = from; i < to; i++) {
      const td = dates[i]!;
      if (td !== 0) date = td;
      const r = base.relativeThenAdd(minuteOfSession(minutes[i]!), date, volume[i]!, need);
      // x − x is 0 exactly for finite x: Number.isFinite without the call.
      out[i - shift] = r - r === 0 ? r : Number.NaN;
    }
    this.date = date;
  }
}

/**
 * `rvol:{days,minDays}` — bar volume / mean volume at the same minute of session (minutes since the
 * 18:00 ET trade-date open) over the previous `days` trade dates; NaN until at least `minDays`
 * earlier trade dates traded that minute. Bars in closed market time stay with the last trade date.
 */
export const rvol = defineFamily<{ days: number; minDays: number }>({
  name: "rvol",
  description: "relative volume by minute of session over a trade-date baseline",
  params: [intParam("days", 20, 1, 1000), intParam("minDays", 5, 1, 1000)],
  warmup: () => 1,
  createStream: (src, p) => new RvolStream(src, p.days, p.minDays),
});
