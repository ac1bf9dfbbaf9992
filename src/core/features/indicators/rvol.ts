import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { MinuteVolumeBaseline, minuteOfSession } from "../kernels/minute-volume-baseline.js";

class RvolStream implements FeatureStream {
  private readonly base: MinuteVolumeBaseline;
  private readonly need: number;
  private date = 0;
  constructor(
    private readonly src: FeatureSource,
    days: number,
    minDays: number,
  ) {
    this.base = new MinuteVolumeBaseline(days);
    this.need = Math.min(minDays, days);
  }

  update(i: number): number {
    const td = this.src.labels.tradeDate[i]!;
    if (td !== 0) this.date = td;
    const slot = minuteOfSession(this.src.labels.etMinute[i]!);
    const v = this.src.bars.volume[i]!;
    const r = this.base.priorDays(slot, this.date) >= this.need ? v / this.base.priorMean(slot, this.date) : Number.NaN;
    this.base.add(slot, this.date, v);
    return Number.isFinite(r) ? r : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
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
