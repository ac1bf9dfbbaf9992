import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { WindowRange } from "../kernels/window-range.js";

const RTH_OPEN = 9 * 60 + 30;

function rangeStream(src: FeatureSource, start: number, end: number, read: (w: WindowRange) => number): FeatureStream {
  const w = new WindowRange(start, end);
  return {
    update(i) {
      const b = src.bars;
      const l = src.labels;
      w.step(l.tradeDate[i]!, l.session[i]!, l.etMinute[i]!, b.high[i]!, b.low[i]!);
      return read(w);
    },
  };
}

type IB = { start: number; end: number };
const ibParams = [intParam("start", RTH_OPEN, 0, 1439), intParam("end", RTH_OPEN + 60, 1, 1440)];

/** `ib.high:{start,end}` — initial-balance high, ET minutes [start, end) of the trade date (default 09:30–10:30). */
export const ibHigh = defineFamily<IB>({
  name: "ib.high",
  description: "initial balance high (09:30–10:30 ET)",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => rangeStream(src, p.start, p.end, (w) => w.high),
});

/** `ib.low:{start,end}` — initial-balance low. */
export const ibLow = defineFamily<IB>({
  name: "ib.low",
  description: "initial balance low (09:30–10:30 ET)",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => rangeStream(src, p.start, p.end, (w) => w.low),
});

/** `ib.mid:{start,end}` — initial-balance midpoint (S11's target). */
export const ibMid = defineFamily<IB>({
  name: "ib.mid",
  description: "initial balance midpoint",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => rangeStream(src, p.start, p.end, (w) => (w.high + w.low) / 2),
});

const orParams = [intParam("minutes", 10, 1, 390)];

/** `or.high:{minutes}` — opening-range high over [09:30, 09:30 + minutes) ET (S3's OR guard uses 10). */
export const orHigh = defineFamily<{ minutes: number }>({
  name: "or.high",
  description: "opening range high",
  params: orParams,
  warmup: () => 1,
  createStream: (src, p) => rangeStream(src, RTH_OPEN, RTH_OPEN + p.minutes, (w) => w.high),
});

/** `or.low:{minutes}` — opening-range low. */
export const orLow = defineFamily<{ minutes: number }>({
  name: "or.low",
  description: "opening range low",
  params: orParams,
  warmup: () => 1,
  createStream: (src, p) => rangeStream(src, RTH_OPEN, RTH_OPEN + p.minutes, (w) => w.low),
});
