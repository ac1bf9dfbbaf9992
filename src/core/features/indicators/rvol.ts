import { defineFamily, intParam } from "../family.js";
import { MinuteVolumeBaseline, minuteOfSession } from "../kernels/minute-volume-baseline.js";

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
  createStream(src, p) {
    const base = new MinuteVolumeBaseline(p.days);
    const need = Math.min(p.minDays, p.days);
    let date = 0;
    return {
      update(i) {
        const td = src.labels.tradeDate[i]!;
        if (td !== 0) date = td;
        const slot = minuteOfSession(src.labels.etMinute[i]!);
        const v = src.bars.volume[i]!;
        const r = base.priorDays(slot, date) >= need ? v / base.priorMean(slot, date) : Number.NaN;
        base.add(slot, date, v);
        return Number.isFinite(r) ? r : Number.NaN;
      },
    };
  },
});
