import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const ADR = 0;
const DAY_HIGH = 1;
const DAY_LOW = 2;
const PD_HIGH = 3;
const PD_LOW = 4;
const PD_CLOSE = 5;

/**
 * Runs `TradeDateRanges.step` with the current date's extremes and close held in locals over a range
 * of bars (an object field carried from bar to bar goes through memory each time); they are stored
 * back before every new trade date, which is where `step` reads them, and at the end of the range.
 */
class TradeDateStream implements FeatureStream {
  private readonly t: TradeDateRanges;
  private readonly one = new Float64Array(1);
  constructor(
    private readonly src: FeatureSource,
    days: number,
    private readonly output: number,
  ) {
    this.t = new TradeDateRanges(days);
  }

  private outputOf(t: TradeDateRanges): number {
    switch (this.output) {
      case ADR:
        return t.averageRange();
      case PD_HIGH:
        return t.prevHigh;
      case PD_LOW:
        return t.prevLow;
      default:
        return t.prevClose;
    }
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const dates = this.src.labels.tradeDate;
    const t = this.t;
    const output = this.output;
    let date = t.currentDate;
    let hi = t.high;
    let lo = t.low;
    let last = t.lastClose;
    // The ADR and previous-date outputs change only when a trade date starts.
    let fixed = this.outputOf(t);
    for (let i = from; i < to; i++) {
      const d = dates[i]!;
      const h = high[i]!;
      const l = low[i]!;
      if (d !== 0 && d !== date) {
        t.high = hi;
        t.low = lo;
        t.lastClose = last;
        t.step(d, h, l, close[i]!);
        date = d;
        hi = h;
        lo = l;
        fixed = this.outputOf(t);
      } else {
        if (h > hi) hi = h;
        if (l < lo) lo = l;
      }
      last = close[i]!;
      out[i - shift] = output === DAY_HIGH ? hi : output === DAY_LOW ? lo : fixed;
    }
    t.high = hi;
    t.low = lo;
    t.lastClose = last;
  }

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }
}

/** `adr:{days}` — mean (high − low) of up to `days` completed trade dates before the current one. */
export const adr = defineFamily<{ days: number }>({
  name: "adr",
  description: "average daily range over completed trade dates",
  params: [intParam("days", 14, 1, 1000)],
  warmup: () => 1,
  createStream: (src, p) => new TradeDateStream(src, p.days, ADR),
});

function level(name: string, description: string, output: number) {
  return defineFamily({
    name,
    description,
    params: [],
    warmup: () => 1,
    createStream: (src) => new TradeDateStream(src, 1, output),
  });
}

/** `day.high` — high of the current trade date so far (from its 18:00 ET open). */
export const dayHigh = level("day.high", "trade-date high so far", DAY_HIGH);
/** `day.low` — low of the current trade date so far. */
export const dayLow = level("day.low", "trade-date low so far", DAY_LOW);
/** `pd.high` — high of the previous completed trade date (S2's prior-day levels). */
export const pdHigh = level("pd.high", "previous trade date's high", PD_HIGH);
/** `pd.low` — low of the previous completed trade date. */
export const pdLow = level("pd.low", "previous trade date's low", PD_LOW);
/** `pd.close` — last close of the previous completed trade date. */
export const pdClose = level("pd.close", "previous trade date's last close", PD_CLOSE);
