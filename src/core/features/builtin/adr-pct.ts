import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { RollingExtremum } from "../kernels/rolling-extrema.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const FILL = 0.5;
const RANGE_BARS = 20;
const DAYS = 14;

class AdrPctStream implements FeatureStream {
  private readonly hi = new RollingExtremum(RANGE_BARS, "max");
  private readonly lo = new RollingExtremum(RANGE_BARS, "min");
  private readonly days = new TradeDateRanges(DAYS);
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    const b = this.src.bars;
    const h = b.high[i]!;
    const l = b.low[i]!;
    this.hi.push(h);
    this.lo.push(l);
    this.days.step(this.src.labels.tradeDate[i]!, h, l, b.close[i]!);
    const r = (this.hi.value() - this.lo.value()) / this.days.averageRange();
    // NaN fails both comparisons, so a missing average also takes the fill.
    return r >= 0 && r <= 10 ? r : FILL;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

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
  createStream: (src) => new AdrPctStream(src),
});
