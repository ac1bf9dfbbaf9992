import type { Bars } from "../data/bars.js";
import type { BarLabels } from "../market-time/labels.js";
import type { ParamSet, ParamValues } from "../params/param-set.js";
import type { AnyStrategy } from "../strategy/define-strategy.js";
import type { FeatureColumnSource } from "./prepare.js";
import type { Trade } from "./trade.js";

export interface BacktestInput {
  readonly strategy: AnyStrategy;
  readonly bars: Bars;
  /** Market-time labels of the same bars (labelBars). */
  readonly labels: BarLabels;
  /** The declared features' columns (a prebuilt frame or `registryColumns`). */
  readonly features: FeatureColumnSource;
  /** A ParamSet (per-session sets), plain values (validated), or omitted for the schema defaults. */
  readonly params?: ParamSet | ParamValues;
}

export interface BacktestResult {
  readonly strategy: string;
  readonly symbol: string;
  readonly startingEquity: number;
  readonly finalEquity: number;
  readonly trades: readonly Trade[];
  /** Equity marked to each bar's close (absent when options.equityCurve is false). */
  readonly equity: Float64Array | undefined;
  readonly bars: number;
  /** Bars with an open position at their close. */
  readonly barsInMarket: number;
  /** Index of the first bar decide() saw (after warm-up); -1 when none. */
  readonly firstDecision: number;
  /** Entries skipped because sizing gave 0 contracts. */
  readonly skippedEntries: number;
  readonly parametersHash: string;
  /** Every trade date from the first decision on (for daily metrics with zero-P&L days). */
  readonly tradeDates: Int32Array;
}
