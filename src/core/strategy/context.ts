import type { Root } from "../data/bars.js";
import type { SessionName } from "../market-time/sessions.js";
import type { InstrumentSpec } from "./instruments.js";

/**
 * What `decide(ctx)` sees. Every view reads the engine's columns at the current bar through one
 * reusable cursor: nothing is allocated per bar, and no accessor can reach a bar after the current
 * one (a negative lookback throws SK_STRATEGY_LOOKAHEAD). Hold no reference to these views across
 * calls expecting old values: they always show the current bar.
 */

/** The current (just closed) bar. */
export interface BarView {
  /** Index of the bar in the series (0-based, stable for the whole run). */
  readonly index: number;
  /** Bar open time, epoch ms UTC. */
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}

/**
 * Past bars: `close(k)` is the close k bars ago (0 = current). k < 0 throws (lookahead); k beyond
 * the start of the series returns NaN. `length` = bars available (current index + 1).
 */
export interface BarHistory {
  readonly length: number;
  time(k?: number): number;
  open(k?: number): number;
  high(k?: number): number;
  low(k?: number): number;
  close(k?: number): number;
  volume(k?: number): number;
}

/** Market-time labels of the current bar (SPEC §1; codes as in market-time/sessions.ts). */
export interface LabelView {
  /** The market is open at the bar's timestamp (the engine never fills while closed). */
  readonly marketOpen: boolean;
  /** Trade date as yyyymmdd; 0 when closed. */
  readonly tradeDate: number;
  readonly clearingDate: number;
  /** Session code 0 Overnight, 1 RTH, 2 PostRTH; -1 when closed. */
  readonly session: number;
  readonly sessionName: SessionName | null;
  /** Segment code 0..11; -1 when closed. */
  readonly segment: number;
  /** ET minutes after midnight of the bar's open time (DST-aware). */
  readonly etMinute: number;
}

/**
 * The declared features: `features.<name>` is the current value, `features.at(name, k)` the value
 * k bars ago (k < 0 throws; before the series start NaN). Names are the strings of an array
 * declaration or the keys of a record declaration.
 */
export type FeatureView<N extends string> = { readonly [K in N]: number } & {
  at(name: N, k: number): number;
};

/** The strategy's own position in this symbol, as the engine (or live broker) tracks it. */
export interface PositionView {
  readonly isFlat: boolean;
  /** +1 long, -1 short, 0 flat. */
  readonly side: number;
  /** Open contracts (after any scale-out). */
  readonly qty: number;
  /** Average fill price of the entry; NaN when flat. */
  readonly entryPrice: number;
  /** Open time of the fill bar, epoch ms; NaN when flat. */
  readonly entryTime: number;
  /** Completed bars since the fill bar (0 on the fill bar itself); 0 when flat. */
  readonly barsInTrade: number;
  /** Working stop / targets; NaN when absent or flat. */
  readonly stop: number;
  readonly target: number;
  readonly target2: number;
  /**
   * Target 1 of a two-target bracket has been reached: with 2+ contracts the scale-out closed part of
   * the position there; with one contract nothing closed, the stop moved to break-even and the
   * position now works toward target2 (single-contract mode). False when flat or with one target.
   */
  readonly target1Hit: boolean;
  /** The parameter values the position entered with (an open position keeps them); undefined when flat. */
  readonly params: Readonly<Record<string, unknown>> | undefined;
  /** parametersHash of the set the position entered with; "" when flat. */
  readonly paramsHash: string;
  /** A limit/stop entry order is working. */
  readonly hasPendingEntry: boolean;
  /** Bars since the last exit fill (Infinity when none yet). */
  readonly barsSinceExit: number;
  /** Entries filled in the current trade date and intraday session. */
  readonly tradesThisSession: number;
  /** Entries filled in the current trade date. */
  readonly tradesThisTradeDate: number;
}

export interface DecideContext<P, N extends string, S> {
  readonly strategyId: string;
  readonly symbol: Root;
  readonly instrument: InstrumentSpec;
  readonly bar: BarView;
  readonly bars: BarHistory;
  readonly features: FeatureView<N>;
  readonly labels: LabelView;
  readonly position: PositionView;
  /** The effective parameters for this bar's session (or the strategy's fixed `paramsSession`), frozen. */
  readonly params: Readonly<P>;
  /**
   * The strategy's own mutable state, created by `initialState()` once per strategy instance and
   * symbol at the start of a run (backtest, optimizer trial or live session). The engine never resets
   * it; a strategy resets per-trade-date fields itself by comparing `labels.tradeDate`.
   */
  readonly state: S;
}
