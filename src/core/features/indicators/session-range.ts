import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { WindowRange } from "../kernels/window-range.js";

const RTH_OPEN = 9 * 60 + 30;
const HIGH = 0;
const LOW = 1;
const MID = 2;

class WindowRangeStream implements FeatureStream {
  private readonly w: WindowRange;
  constructor(
    private readonly src: FeatureSource,
    start: number,
    end: number,
    private readonly output: number,
  ) {
    this.w = new WindowRange(start, end);
  }

  update(i: number): number {
    const b = this.src.bars;
    const l = this.src.labels;
    const w = this.w;
    w.step(l.tradeDate[i]!, l.session[i]!, l.etMinute[i]!, b.high[i]!, b.low[i]!);
    return this.output === HIGH ? w.high : this.output === LOW ? w.low : (w.high + w.low) / 2;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

type IB = { start: number; end: number };
const ibParams = [intParam("start", RTH_OPEN, 0, 1439), intParam("end", RTH_OPEN + 60, 1, 1440)];

/** `ib.high:{start,end}` — initial-balance high, ET minutes [start, end) of the trade date (default 09:30–10:30). */
export const ibHigh = defineFamily<IB>({
  name: "ib.high",
  description: "initial balance high (09:30–10:30 ET)",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => new WindowRangeStream(src, p.start, p.end, HIGH),
});

/** `ib.low:{start,end}` — initial-balance low. */
export const ibLow = defineFamily<IB>({
  name: "ib.low",
  description: "initial balance low (09:30–10:30 ET)",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => new WindowRangeStream(src, p.start, p.end, LOW),
});

/** `ib.mid:{start,end}` — initial-balance midpoint (S11's target). */
export const ibMid = defineFamily<IB>({
  name: "ib.mid",
  description: "initial balance midpoint",
  params: ibParams,
  warmup: () => 1,
  createStream: (src, p) => new WindowRangeStream(src, p.start, p.end, MID),
});

const orParams = [intParam("minutes", 10, 1, 390)];

/** `or.high:{minutes}` — opening-range high over [09:30, 09:30 + minutes) ET (S3's OR guard uses 10). */
export const orHigh = defineFamily<{ minutes: number }>({
  name: "or.high",
  description: "opening range high",
  params: orParams,
  warmup: () => 1,
  createStream: (src, p) => new WindowRangeStream(src, RTH_OPEN, RTH_OPEN + p.minutes, HIGH),
});

/** `or.low:{minutes}` — opening-range low. */
export const orLow = defineFamily<{ minutes: number }>({
  name: "or.low",
  description: "opening range low",
  params: orParams,
  warmup: () => 1,
  createStream: (src, p) => new WindowRangeStream(src, RTH_OPEN, RTH_OPEN + p.minutes, LOW),
});
