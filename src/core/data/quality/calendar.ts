import type { BarLabels } from "../../market-time/labels.js";

/**
 * The part of the market calendar the data layer needs. `MarketClock` from core/market-time satisfies
 * it; tests pass tiny fakes. Kept this small so data never depends on how the calendar is built.
 */
export interface DataCalendar {
  /** Whether the market is open at the instant (epoch ms UTC). */
  isOpen(atMs: number): boolean;
  /** Labels a column of bar open times (epoch ms UTC) in one pass. */
  labelBars(time: Float64Array): BarLabels;
}
