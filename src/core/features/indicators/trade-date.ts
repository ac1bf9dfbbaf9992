import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { TradeDateRanges } from "../kernels/trade-date-ranges.js";

function dayStream(src: FeatureSource, days: number, read: (t: TradeDateRanges) => number): FeatureStream {
  const t = new TradeDateRanges(days);
  return {
    update(i) {
      const b = src.bars;
      t.step(src.labels.tradeDate[i]!, b.high[i]!, b.low[i]!, b.close[i]!);
      return read(t);
    },
  };
}

/** `adr:{days}` — mean (high − low) of up to `days` completed trade dates before the current one. */
export const adr = defineFamily<{ days: number }>({
  name: "adr",
  description: "average daily range over completed trade dates",
  params: [intParam("days", 14, 1, 1000)],
  warmup: () => 1,
  createStream: (src, p) => dayStream(src, p.days, (t) => t.averageRange()),
});

/** `day.high` — high of the current trade date so far (from its 18:00 ET open). */
export const dayHigh = defineFamily({
  name: "day.high",
  description: "trade-date high so far",
  params: [],
  warmup: () => 1,
  createStream: (src) => dayStream(src, 1, (t) => t.high),
});

/** `day.low` — low of the current trade date so far. */
export const dayLow = defineFamily({
  name: "day.low",
  description: "trade-date low so far",
  params: [],
  warmup: () => 1,
  createStream: (src) => dayStream(src, 1, (t) => t.low),
});

/** `pd.high` — high of the previous completed trade date (S2's prior-day levels). */
export const pdHigh = defineFamily({
  name: "pd.high",
  description: "previous trade date's high",
  params: [],
  warmup: () => 1,
  createStream: (src) => dayStream(src, 1, (t) => t.prevHigh),
});

/** `pd.low` — low of the previous completed trade date. */
export const pdLow = defineFamily({
  name: "pd.low",
  description: "previous trade date's low",
  params: [],
  warmup: () => 1,
  createStream: (src) => dayStream(src, 1, (t) => t.prevLow),
});

/** `pd.close` — last close of the previous completed trade date. */
export const pdClose = defineFamily({
  name: "pd.close",
  description: "previous trade date's last close",
  params: [],
  warmup: () => 1,
  createStream: (src) => dayStream(src, 1, (t) => t.prevClose),
});
