import type { FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

const RTH_OPEN = 9 * 60 + 30;
const HIGH = 0;
const LOW = 1;
const MID = 2;
/** Most in-window bars run at once (the length of the run buffers). */
const RUN = 512;

/**
 * High and low of the current trade date's bars whose ET minute lies in [start, end): NaN until the
 * window's first bar of the trade date, running while it is open, fixed after; reset at each new
 * trade date (fixing the reference's never-reset ranges, D6-3/D11-3); closed-time bars ignored.
 * Answers any of high, low and mid: features over the same window share one pass (see
 * `SharedKernel`); a single feature is the kernel with one output.
 */
class WindowRangeKernel implements RangeKernel {
  private date = 0;
  private high = Number.NaN;
  private low = Number.NaN;
  /** The range after each bar of a run of in-window bars (see run). */
  private readonly his = new Float64Array(RUN);
  private readonly los = new Float64Array(RUN);
  constructor(
    private readonly src: FeatureSource,
    private readonly start: number,
    private readonly end: number,
    private readonly outputs: Int8Array,
  ) {}

  /**
   * Writes every output's value for the range hi..lo over bars [from, to). The range only changes on
   * a new trade date or inside the window (about 60 of ~1380 bars a day), so values are written as runs.
   */
  private write(outs: readonly Float64Array[], from: number, to: number, shift: number, hi: number, lo: number): void {
    const outputs = this.outputs;
    for (let k = 0; k < outputs.length; k++) {
      const o = outputs[k];
      const v = o === HIGH ? hi : o === LOW ? lo : (hi + lo) / 2;
      const out = outs[k]!;
      // TypedArray#fill for long runs; live, a plain loop for the one bar (the builtin call costs more).
      if (to - from > 32) out.fill(v, from - shift, to - shift);
      else for (let i = from; i < to; i++) out[i - shift] = v;
    }
  }

  /** Every output over a run of in-window bars [from, to), from the ranges in his / los. */
  private writeRun(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const outputs = this.outputs;
    const his = this.his;
    const los = this.los;
    for (let k = 0; k < outputs.length; k++) {
      const o = outputs[k];
      const out = outs[k]!;
      if (o === HIGH) for (let i = from; i < to; i++) out[i - shift] = his[i - from]!;
      else if (o === LOW) for (let i = from; i < to; i++) out[i - shift] = los[i - from]!;
      else for (let i = from; i < to; i++) out[i - shift] = (his[i - from]! + los[i - from]!) / 2;
    }
  }

  /**
   * The inner loop only looks for the next bar that changes the range (a new trade date or a bar in
   * the window) and calls nothing; the writes happen between those bars. With the write inside the
   * per-bar loop, V8 compiled the loop differently from process to process (measured side by side,
   * 0.55–0.80 ms per 86 k bars across 10 processes; 0.50–0.56 this way). The window test is one
   * unsigned comparison ((et − start) >>> 0 < end − start, exactly start ≤ et < end for these small
   * integers, never for an empty window), and a bar's session is read only when it would stop the
   * loop (closed-time bars are skipped either way): 0.60 → 0.52 ms, alternating in one process.
   * Inside the window the range changes on every bar: a run of its bars keeps the range per bar in
   * two buffers and writes every output once per run (0.52 → 0.48 ms against a write per bar).
   */
  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const l = this.src.labels;
    const highs = b.high;
    const lows = b.low;
    const dates = l.tradeDate;
    const sessions = l.session;
    const minutes = l.etMinute;
    const start = this.start;
    const end = this.end;
    const width = end - start;
    let date = this.date;
    let hi = this.high;
    let lo = this.low;
    let segment = from;
    let i = from;
    for (;;) {
      // Closed-time bars are ignored; a new trade date resets; in-window bars extend.
      for (; i < to; i++) {
        if ((dates[i]! !== date || (minutes[i]! - start) >>> 0 < width) && sessions[i]! >= 0) break;
      }
      if (i >= to) break;
      this.write(outs, segment, i, shift, hi, lo);
      segment = i;
      const d = dates[i]!;
      if (d !== date) {
        date = d;
        hi = Number.NaN;
        lo = Number.NaN;
      }
      const et = minutes[i]!;
      if (et >= start && et < end) {
        // A run of this date's in-window bars (closed-time bars among them keep the range).
        const his = this.his;
        const los = this.los;
        const stop = Math.min(to, i + RUN);
        let j = i;
        for (; j < stop; j++) {
          if (sessions[j]! >= 0) {
            if (dates[j] !== date || !((minutes[j]! - start) >>> 0 < width)) break;
            const h = highs[j]!;
            const x = lows[j]!;
            if (!(h <= hi)) hi = h;
            if (!(x >= lo)) lo = x;
          }
          his[j - i] = hi;
          los[j - i] = lo;
        }
        this.writeRun(outs, i, j, shift);
        i = j;
        segment = j;
        continue;
      }
      i++;
    }
    this.write(outs, segment, to, shift, hi, lo);
    this.date = date;
    this.high = hi;
    this.low = lo;
  }
}

const OUTPUT_OF: Readonly<Record<string, number>> = {
  "ib.high": HIGH,
  "ib.low": LOW,
  "ib.mid": MID,
  "or.high": HIGH,
  "or.low": LOW,
};

function windowKernel(start: number, end: number): SharedKernel {
  return sharedKernel(
    `etWindow:${start},${end}`,
    (src, members) =>
      new WindowRangeKernel(
        src,
        start,
        end,
        Int8Array.from(members, (d) => OUTPUT_OF[d.family]!),
      ),
  );
}

function windowStream(src: FeatureSource, start: number, end: number, output: number): FeatureStream {
  return new OneOutputStream(new WindowRangeKernel(src, start, end, Int8Array.of(output)));
}

type IB = { start: number; end: number };
const ibParams = [intParam("start", RTH_OPEN, 0, 1439), intParam("end", RTH_OPEN + 60, 1, 1440)];

/** `ib.high:{start,end}` — initial-balance high, ET minutes [start, end) of the trade date (default 09:30–10:30). */
export const ibHigh = defineFamily<IB>({
  name: "ib.high",
  description: "initial balance high (09:30–10:30 ET)",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, p.start, p.end, HIGH),
  shared: (p) => windowKernel(p.start, p.end),
});

/** `ib.low:{start,end}` — initial-balance low. */
export const ibLow = defineFamily<IB>({
  name: "ib.low",
  description: "initial balance low (09:30–10:30 ET)",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, p.start, p.end, LOW),
  shared: (p) => windowKernel(p.start, p.end),
});

/** `ib.mid:{start,end}` — initial-balance midpoint (S11's target). */
export const ibMid = defineFamily<IB>({
  name: "ib.mid",
  description: "initial balance midpoint",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, p.start, p.end, MID),
  shared: (p) => windowKernel(p.start, p.end),
});

const orParams = [intParam("minutes", 10, 1, 390)];

/** `or.high:{minutes}` — opening-range high over [09:30, 09:30 + minutes) ET (S3's OR guard uses 10). */
export const orHigh = defineFamily<{ minutes: number }>({
  name: "or.high",
  description: "opening range high",
  params: orParams,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, RTH_OPEN, RTH_OPEN + p.minutes, HIGH),
  shared: (p) => windowKernel(RTH_OPEN, RTH_OPEN + p.minutes),
});

/** `or.low:{minutes}` — opening-range low. */
export const orLow = defineFamily<{ minutes: number }>({
  name: "or.low",
  description: "opening range low",
  params: orParams,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, RTH_OPEN, RTH_OPEN + p.minutes, LOW),
  shared: (p) => windowKernel(RTH_OPEN, RTH_OPEN + p.minutes),
});
