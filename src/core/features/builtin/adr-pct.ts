import { defineFeature, orFill } from "../contract.js";
import { RollingExtremum } from "../kernels/rolling-extrema.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const FILL = 0.5;
const RANGE_BARS = 20;
const DAYS = 14;

/**
 * adr_pct (idx 7): (max H − min L over the last min(20, n) bars) / mean (high − low) of up to 14
 * completed trade dates before the current one. Fill before a trade date has completed, and when
 * the ratio is outside [0, 10] (SPEC §3; the reference grouped by calendar date, defect D-F6).
 */
export const adrPct = defineFeature({
  key: "adr_pct",
  family: "adr_pct",
  fill: FILL,
  warmup: 1,
  description: "20-bar range over the average range of the last 14 completed trade dates",
  createStream(src) {
    const hi = new RollingExtremum(RANGE_BARS, "max");
    const lo = new RollingExtremum(RANGE_BARS, "min");
    const days = new TradeDateRanges(DAYS);
    return {
      update(i) {
        const b = src.bars;
        const h = b.high[i]!;
        const l = b.low[i]!;
        hi.push(h);
        lo.push(l);
        days.step(src.labels.tradeDate[i]!, h, l, b.close[i]!);
        const r = (hi.value() - lo.value()) / days.averageRange();
        return r >= 0 && r <= 10 ? orFill(r, FILL) : FILL;
      },
    };
  },
});
