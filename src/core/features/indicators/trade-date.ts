import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

const ADR = 0;
const DAY_HIGH = 1;
const DAY_LOW = 2;
const PD_HIGH = 3;
const PD_LOW = 4;
const PD_CLOSE = 5;

class TradeDateStream implements FeatureStream {
  private readonly t: TradeDateRanges;
  constructor(
    private readonly src: FeatureSource,
    days: number,
    private readonly output: number,
  ) {
    this.t = new TradeDateRanges(days);
  }

  update(i: number): number {
    const b = this.src.bars;
    const t = this.t;
    t.step(this.src.labels.tradeDate[i]!, b.high[i]!, b.low[i]!, b.close[i]!);
    switch (this.output) {
      case ADR:
        return t.averageRange();
      case DAY_HIGH:
        return t.high;
      case DAY_LOW:
        return t.low;
      case PD_HIGH:
        return t.prevHigh;
      case PD_LOW:
        return t.prevLow;
      default:
        return t.prevClose;
    }
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
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
