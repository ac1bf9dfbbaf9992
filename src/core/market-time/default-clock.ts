import { createCmeCalendar } from "./cme-calendar.js";
import type { BarLabels } from "./labels.js";
import { MarketClock } from "./market-clock.js";

let defaultClock: MarketClock | undefined;

/** A process-wide MarketClock on the built-in CME calendar, for callers without a DI container. */
export function defaultMarketClock(): MarketClock {
  defaultClock ??= new MarketClock(createCmeCalendar());
  return defaultClock;
}

/** Labels epoch-ms bar timestamps with market time (CME calendar unless a clock is given). */
export function labelBars(time: Float64Array, clock: MarketClock = defaultMarketClock()): BarLabels {
  return clock.labelBars(time);
}
