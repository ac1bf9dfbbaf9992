import type { FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { minuteOfSession } from "../kernels/minute-volume-baseline.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

/**
 * Overnight extremes over a configurable ET window that may wrap midnight, e.g. S6's
 * `ONWindowStart` 18:00 → `ONWindowEnd` 09:28. Windows are measured in minutes of the trade-date
 * session (0 at the 18:00 ET open), so [18:00, 09:28) is one contiguous span of each trade date.
 * NaN until the window's first bar of the trade date; running while the window is open; fixed
 * after it; reset at every trade date (the reference's range was never reset and skipped
 * 18:00–24:00, D6-3). Bars in closed market time are ignored.
 */
class OvernightWindowKernel implements RangeKernel {
  private readonly from: number;
  private readonly to: number;
  private date = 0;
  private high = Number.NaN;
  private low = Number.NaN;
  constructor(
    private readonly src: FeatureSource,
    startMinute: number,
    endMinute: number,
    /** Per output: 1 for the high, 0 for the low. */
    private readonly wantHigh: Uint8Array,
  ) {
    this.from = minuteOfSession(startMinute);
    // An end equal to the start means the whole trade date, not an empty window.
    this.to = minuteOfSession(endMinute) === this.from ? 1440 : minuteOfSession(endMinute);
  }

  /** Bars [from, to) into outs[k][i − shift], with the running extremes in locals. */
  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const l = this.src.labels;
    const b = this.src.bars;
    const sessions = l.session;
    const dates = l.tradeDate;
    const minutes = l.etMinute;
    const highs = b.high;
    const lows = b.low;
    const a = this.from;
    const z = this.to;
    const wantHigh = this.wantHigh;
    const m = wantHigh.length;
    // The usual set is one high and one low: their columns straight, not chosen per bar.
    const pair = m === 2 && wantHigh[0] !== wantHigh[1];
    const highOut = outs[pair && wantHigh[0] === 0 ? 1 : 0]!;
    const lowOut = outs[pair && wantHigh[0] === 1 ? 1 : 0]!;
    let date = this.date;
    let hi = this.high;
    let lo = this.low;
    for (let i = from; i < to; i++) {
      // Closed-time bars keep the current values.
      if (sessions[i]! >= 0) {
        const td = dates[i]!;
        if (td !== date) {
          date = td;
          hi = Number.NaN;
          lo = Number.NaN;
        }
        const mos = minuteOfSession(minutes[i]!);
        if (a < z ? mos >= a && mos < z : mos >= a || mos < z) {
          const h = highs[i]!;
          const x = lows[i]!;
          if (!(h <= hi)) hi = h;
          if (!(x >= lo)) lo = x;
        }
      }
      if (pair) {
        highOut[i - shift] = hi;
        lowOut[i - shift] = lo;
      } else for (let k = 0; k < m; k++) outs[k]![i - shift] = wantHigh[k] === 1 ? hi : lo;
    }
    this.date = date;
    this.high = hi;
    this.low = lo;
  }
}

/** The high and the low over one window read one pass (see `SharedKernel`). */
function windowKernel(start: number, end: number): SharedKernel {
  return sharedKernel(
    `onWindow:${start},${end}`,
    (src, members) =>
      new OvernightWindowKernel(
        src,
        start,
        end,
        Uint8Array.from(members, (d) => (d.family === "on.window.high" ? 1 : 0)),
      ),
  );
}

function windowStream(src: FeatureSource, start: number, end: number, wantHigh: boolean): FeatureStream {
  return new OneOutputStream(new OvernightWindowKernel(src, start, end, Uint8Array.of(wantHigh ? 1 : 0)));
}

type Win = { start: number; end: number };
const params = [intParam("start", 18 * 60, 0, 1439), intParam("end", 9 * 60 + 28, 0, 1439)];

/** `on.window.high:{start,end}` — high of the trade date's bars in ET minutes [start, end), wrapping midnight. */
export const onWindowHigh = defineFamily<Win>({
  name: "on.window.high",
  description: "overnight high over an ET window of the trade date (default 18:00–09:28)",
  params,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, p.start, p.end, true),
  shared: (p) => windowKernel(p.start, p.end),
});

/** `on.window.low:{start,end}` — low of the trade date's bars in ET minutes [start, end). */
export const onWindowLow = defineFamily<Win>({
  name: "on.window.low",
  description: "overnight low over an ET window of the trade date (default 18:00–09:28)",
  params,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, p.start, p.end, false),
  shared: (p) => windowKernel(p.start, p.end),
});
