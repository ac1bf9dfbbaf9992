import type { FeatureDef } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { ADR, DAY_HIGH, DAY_LOW, PD_CLOSE, PD_HIGH, PD_LOW, TradeDateKernel } from "../kernels/trade-date-kernel.js";
import { OneOutputStream, sharedKernel } from "../shared-kernel.js";

// The trade-date families: ADR and the day / previous-day levels, all read from one pass of
// TradeDateKernel (kernels/trade-date-kernel.ts).

const OUTPUT_OF: Readonly<Record<string, number>> = {
  adr: ADR,
  "day.high": DAY_HIGH,
  "day.low": DAY_LOW,
  "pd.high": PD_HIGH,
  "pd.low": PD_LOW,
  "pd.close": PD_CLOSE,
};

/** Every trade-date output reads one pass of the trade-date bookkeeping. */
const tradeDateShared = sharedKernel(
  "tradeDate",
  (src, members: readonly FeatureDef[]) =>
    new TradeDateKernel(
      src,
      members.map((d) => ({ output: OUTPUT_OF[d.family]!, days: d.params.days ?? 1 })),
    ),
);

/** `adr:{days}` — mean (high − low) of up to `days` completed trade dates before the current one. */
export const adr = defineFamily<{ days: number }>({
  name: "adr",
  description: "average daily range over completed trade dates",
  params: [intParam("days", 14, 1, 1000)],
  warmup: () => 1,
  createStream: (src, p) => new OneOutputStream(new TradeDateKernel(src, [{ output: ADR, days: p.days }])),
  shared: () => tradeDateShared,
});

function level(name: string, description: string, output: number) {
  return defineFamily({
    name,
    description,
    params: [],
    warmup: () => 1,
    createStream: (src) => new OneOutputStream(new TradeDateKernel(src, [{ output, days: 1 }])),
    shared: () => tradeDateShared,
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
