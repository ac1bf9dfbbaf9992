import type { BarMarket } from "./entry-rules.js";
import { emptyLevelValues, type LevelValues } from "./prefilter.js";
import { type EntryPlan, emptyPriceInputs, type PriceInputs } from "./prices.js";
import { QuantileTable } from "./quantile-table.js";
import { isRollWeek } from "./roll-week.js";
import { emptyThresholdInputs, type ThresholdInputs } from "./threshold.js";

/**
 * S2's state per strategy instance and symbol: the adaptive quantile table, the roll-week flag of the
 * current trade date, and the scratch records decide refills each bar (so it allocates nothing).
 */
export interface S2State {
  readonly quantiles: QuantileTable;
  rollDate: number;
  rollWeek: boolean;
  readonly threshold: ThresholdInputs;
  readonly plan: EntryPlan;
  readonly prices: PriceInputs;
  readonly market: BarMarket;
  readonly levels: LevelValues;
  /**
   * The quantile each bar reads, when the screen folded the table ahead of the run (batch); decide
   * then reads it here instead of folding the bar itself (live, or a run without the screen).
   */
  screenQ: Float64Array | undefined;
}

export function createS2State(): S2State {
  return {
    quantiles: new QuantileTable(),
    rollDate: 0,
    rollWeek: false,
    threshold: emptyThresholdInputs(),
    plan: { side: 0, entry: Number.NaN, stop: Number.NaN, target: Number.NaN },
    prices: emptyPriceInputs(),
    market: { vwap: Number.NaN, sigma: Number.NaN, atr: Number.NaN, volz: 0, z: 0, q: Number.NaN },
    levels: emptyLevelValues(),
    screenQ: undefined,
  };
}

/** The roll-week flag of `tradeDate`, computed once per trade date. */
export function rollWeekOf(state: S2State, tradeDate: number): boolean {
  if (tradeDate !== state.rollDate) {
    state.rollDate = tradeDate;
    state.rollWeek = tradeDate > 0 && isRollWeek(tradeDate);
  }
  return state.rollWeek;
}
