import type { FeatureSource } from "../contract.js";
import type { RangeKernel } from "../shared-kernel.js";
import { TradeDateRanges } from "./trade-date-ranges.js";

/** Output codes of `TradeDateKernel` (the trade-date families in indicators/trade-date.ts). */
export const ADR = 0;
export const DAY_HIGH = 1;
export const DAY_LOW = 2;
export const PD_HIGH = 3;
export const PD_LOW = 4;
export const PD_CLOSE = 5;
/** Most bars the inner loop runs without stopping (the length of the spare high / low buffers). */
const STRETCH = 512;

export interface TradeDateOutput {
  readonly output: number;
  /** Completed trade dates averaged (ADR); 1 for the levels, which do not depend on it. */
  readonly days: number;
}

/**
 * `TradeDateRanges.step` for any set of trade-date outputs in one pass: the current date's extremes
 * and close are tracked once, in locals over a range of bars (an object field carried from bar to
 * bar goes through memory each time), and stored into every ranges object (one per ADR length)
 * right before it steps into a new trade date, which is where `step` reads them.
 */
export class TradeDateKernel implements RangeKernel {
  private readonly ranges: TradeDateRanges[];
  private readonly codes: Int8Array;
  private readonly rangeOf: Int32Array;
  /** Output indices answering the running high / low (they change on every bar). */
  private readonly highOuts: Int32Array;
  private readonly lowOuts: Int32Array;
  /** Where the running high / low go when no output asks for one (bars of one stretch, see run). */
  private readonly spareHighs = new Float64Array(STRETCH);
  private readonly spareLows = new Float64Array(STRETCH);
  /** Output indices answering a value fixed for the trade date (ADR, previous-date levels). */
  private readonly fixedOuts: Int32Array;
  /** Per output, its value while the trade date lasts (ADR and previous-date levels). */
  private readonly fixed: Float64Array;
  private date = 0;
  private high = Number.NEGATIVE_INFINITY;
  private low = Number.POSITIVE_INFINITY;
  private last = Number.NaN;

  constructor(
    private readonly src: FeatureSource,
    outputs: readonly TradeDateOutput[],
  ) {
    const days = [...new Set(outputs.map((o) => o.days))];
    this.ranges = days.map((d) => new TradeDateRanges(d));
    this.codes = Int8Array.from(outputs, (o) => o.output);
    this.rangeOf = Int32Array.from(outputs, (o) => days.indexOf(o.days));
    const indicesOf = (keep: (code: number) => boolean) =>
      Int32Array.from(outputs.flatMap((o, k) => (keep(o.output) ? [k] : [])));
    this.highOuts = indicesOf((c) => c === DAY_HIGH);
    this.lowOuts = indicesOf((c) => c === DAY_LOW);
    this.fixedOuts = indicesOf((c) => c !== DAY_HIGH && c !== DAY_LOW);
    this.fixed = new Float64Array(outputs.length);
    this.refresh();
  }

  private refresh(): void {
    for (let k = 0; k < this.codes.length; k++) {
      const t = this.ranges[this.rangeOf[k]!]!;
      const code = this.codes[k];
      this.fixed[k] =
        code === ADR ? t.averageRange() : code === PD_HIGH ? t.prevHigh : code === PD_LOW ? t.prevLow : t.prevClose;
    }
  }

  /** Writes the fixed outputs over bars [from, to): they hold one value per trade date. */
  private writeFixed(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const fixedOuts = this.fixedOuts;
    for (let j = 0; j < fixedOuts.length; j++) {
      const k = fixedOuts[j]!;
      const out = outs[k]!;
      const v = this.fixed[k]!;
      // TypedArray#fill for long runs; live, a plain loop for the one bar (the builtin call costs more).
      if (to - from > 32) out.fill(v, from - shift, to - shift);
      else for (let i = from; i < to; i++) out[i - shift] = v;
    }
  }

  /** A new trade date opens at bar i: complete the last one in every ranges object, refresh the fixed values. */
  private roll(d: number, h: number, l: number, c: number, hi: number, lo: number, last: number): void {
    const ranges = this.ranges;
    for (let r = 0; r < ranges.length; r++) {
      const t = ranges[r]!;
      t.high = hi;
      t.low = lo;
      t.lastClose = last;
      t.step(d, h, l, c);
    }
    this.refresh();
  }

  /**
   * Bars go by trade date: the inner loop runs a date's bars (closed-time bars, date 0, stay with it)
   * and calls nothing; a new date's bookkeeping and the fixed outputs' runs happen between dates. With
   * those calls inside the per-bar loop, V8 sometimes compiled the loop without them inlined and the
   * pass took 1.2–1.45 ms instead of 0.85 per 86 k bars, depending on the process.
   *
   * The loop writes the running high and low straight into the first day.high and day.low columns
   * (a missing one into a spare buffer, read by nothing; a stretch stops after STRETCH bars so its
   * stores stay in bounds, as an out-of-bounds store would leave optimized code), with no per-bar
   * test of which outputs exist; repeated ones are copied after the stretch. It tests the date
   * against the current one first (true on nearly every bar, so one comparison). Measured per 86 k
   * bars, alternating with the loop that tested for its outputs on every bar: 0.73 → 0.61 ms.
   */
  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const dates = this.src.labels.tradeDate;
    const highOuts = this.highOuts;
    const lowOuts = this.lowOuts;
    const highOut = highOuts.length > 0 ? outs[highOuts[0]!]! : this.spareHighs;
    const lowOut = lowOuts.length > 0 ? outs[lowOuts[0]!]! : this.spareLows;
    let date = this.date;
    let hi = this.high;
    let lo = this.low;
    let last = this.last;
    let i = from;
    while (i < to) {
      const first = dates[i]!;
      if (first !== 0 && first !== date) {
        const h = high[i]!;
        const l = low[i]!;
        this.roll(first, h, l, close[i]!, hi, lo, last);
        date = first;
        hi = h;
        lo = l;
      }
      const segment = i;
      // An output column is indexed i − shift, a spare buffer i − segment.
      const hs = highOuts.length > 0 ? shift : segment;
      const ls = lowOuts.length > 0 ? shift : segment;
      const end = Math.min(to, segment + STRETCH);
      for (; i < end; i++) {
        const d = dates[i]!;
        if (d !== date && d !== 0) break;
        const h = high[i]!;
        const l = low[i]!;
        if (h > hi) hi = h;
        if (l < lo) lo = l;
        highOut[i - hs] = hi;
        lowOut[i - ls] = lo;
      }
      last = close[i - 1]!;
      this.copyRepeated(outs, highOuts, highOut, segment, i, shift);
      this.copyRepeated(outs, lowOuts, lowOut, segment, i, shift);
      this.writeFixed(outs, segment, i, shift);
    }
    this.date = date;
    this.high = hi;
    this.low = lo;
    this.last = last;
  }

  /** A repeated day.high (or day.low) over bars [from, to): the first one's values. */
  private copyRepeated(
    outs: readonly Float64Array[],
    which: Int32Array,
    first: Float64Array,
    from: number,
    to: number,
    shift: number,
  ): void {
    for (let j = 1; j < which.length; j++) {
      const out = outs[which[j]!]!;
      for (let i = from; i < to; i++) out[i - shift] = first[i - shift]!;
    }
  }
}
