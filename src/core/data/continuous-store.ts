import type { Root } from "./bars.js";
import { buildContinuous, type ContinuousOptions, type ContinuousSeries } from "./continuous.js";
import type { DataCalendar } from "./quality/calendar.js";
import type { BarStore } from "./store/bar-store.js";

/** The continuous series of a root from every contract month the store holds (month files are skipped). */
export function continuousFromStore(
  store: BarStore,
  symbol: Root,
  calendar: Pick<DataCalendar, "labelBars">,
  options: ContinuousOptions = {},
): ContinuousSeries {
  const contracts = store
    .keys(symbol)
    .filter((k) => k.startsWith(symbol) && !k.includes("-"))
    .map((k) => store.read(symbol, k));
  return buildContinuous(contracts, calendar, options);
}
