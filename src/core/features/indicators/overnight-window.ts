import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { minuteOfSession } from "../kernels/minute-volume-baseline.js";

/**
 * Overnight extremes over a configurable ET window that may wrap midnight, e.g. S6's
 * `ONWindowStart` 18:00 → `ONWindowEnd` 09:28. Windows are measured in minutes of the trade-date
 * session (0 at the 18:00 ET open), so [18:00, 09:28) is one contiguous span of each trade date.
 * NaN until the window's first bar of the trade date; running while the window is open; fixed
 * after it; reset at every trade date (the reference's range was never reset and skipped
 * 18:00–24:00, D6-3). Bars in closed market time are ignored.
 */
function windowStream(src: FeatureSource, startMinute: number, endMinute: number, wantHigh: boolean): FeatureStream {
  const from = minuteOfSession(startMinute);
  // An end equal to the start means the whole trade date, not an empty window.
  const to = minuteOfSession(endMinute) === from ? 1440 : minuteOfSession(endMinute);
  let date = 0;
  let v = Number.NaN;
  return {
    update(i) {
      const l = src.labels;
      if (l.session[i]! < 0) return v;
      const td = l.tradeDate[i]!;
      if (td !== date) {
        date = td;
        v = Number.NaN;
      }
      const m = minuteOfSession(l.etMinute[i]!);
      const inside = from < to ? m >= from && m < to : m >= from || m < to;
      if (inside) {
        const x = wantHigh ? src.bars.high[i]! : src.bars.low[i]!;
        if (wantHigh ? !(x <= v) : !(x >= v)) v = x;
      }
      return v;
    },
  };
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
});

/** `on.window.low:{start,end}` — low of the trade date's bars in ET minutes [start, end). */
export const onWindowLow = defineFamily<Win>({
  name: "on.window.low",
  description: "overnight low over an ET window of the trade date (default 18:00–09:28)",
  params,
  warmup: () => 1,
  createStream: (src, p) => windowStream(src, p.start, p.end, false),
});
