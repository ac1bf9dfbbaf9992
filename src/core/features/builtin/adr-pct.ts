import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const FILL = 0.5;
const RANGE_BARS = 20;
const DAYS = 14;

/** Deque capacity: the window plus the bar being pushed (as RollingExtremum). */
const CAP = RANGE_BARS + 1;

/**
 * The 20-bar max high and min low are two monotonic deques (RollingExtremum's algorithm, min kept
 * directly instead of as a negated max: the same comparisons), run with their heads, sizes and the
 * bar sequence in locals over a range of bars: as object fields they go through memory every bar.
 */
class AdrPctStream implements FeatureStream {
  private readonly days = new TradeDateRanges(DAYS);
  private readonly hiVals = new Float64Array(CAP);
  private readonly hiSeqs = new Float64Array(CAP);
  private readonly loVals = new Float64Array(CAP);
  private readonly loSeqs = new Float64Array(CAP);
  private hiHead = 0;
  private hiSize = 0;
  private loHead = 0;
  private loSize = 0;
  private seq = 0;
  private readonly one = new Float64Array(1);
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const dates = this.src.labels.tradeDate;
    const days = this.days;
    const hiVals = this.hiVals;
    const hiSeqs = this.hiSeqs;
    const loVals = this.loVals;
    const loSeqs = this.loSeqs;
    let hiHead = this.hiHead;
    let hiSize = this.hiSize;
    let loHead = this.loHead;
    let loSize = this.loSize;
    let seq = this.seq;
    for (let i = from; i < to; i++) {
      const h = high[i]!;
      const l = low[i]!;
      // Max deque: drop from the back every value the new high dominates, append, expire the front.
      let back = hiHead + hiSize - 1;
      if (back >= CAP) back -= CAP;
      while (hiSize > 0 && hiVals[back]! <= h) {
        hiSize--;
        back = back === 0 ? CAP - 1 : back - 1;
      }
      let at = hiHead + hiSize;
      if (at >= CAP) at -= CAP;
      hiVals[at] = h;
      hiSeqs[at] = seq;
      hiSize++;
      if (hiSeqs[hiHead]! <= seq - RANGE_BARS) {
        hiHead = hiHead + 1 === CAP ? 0 : hiHead + 1;
        hiSize--;
      }
      // Min deque, mirrored.
      back = loHead + loSize - 1;
      if (back >= CAP) back -= CAP;
      while (loSize > 0 && loVals[back]! >= l) {
        loSize--;
        back = back === 0 ? CAP - 1 : back - 1;
      }
      at = loHead + loSize;
      if (at >= CAP) at -= CAP;
      loVals[at] = l;
      loSeqs[at] = seq;
      loSize++;
      if (loSeqs[loHead]! <= seq - RANGE_BARS) {
        loHead = loHead + 1 === CAP ? 0 : loHead + 1;
        loSize--;
      }
      seq++;
      days.step(dates[i]!, h, l, close[i]!);
      const r = (hiVals[hiHead]! - loVals[loHead]!) / days.averageRange();
      // NaN fails both comparisons, so a missing average also takes the fill.
      out[i - shift] = r >= 0 && r <= 10 ? r : FILL;
    }
    this.hiHead = hiHead;
    this.hiSize = hiSize;
    this.loHead = loHead;
    this.loSize = loSize;
    this.seq = seq;
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
