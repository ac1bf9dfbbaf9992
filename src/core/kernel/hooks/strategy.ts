import type { Root } from "../../data/bars.js";
import type { Signal } from "../../strategy/signal.js";
import { hookSpec } from "../hook-spec.js";

/** One non-hold signal on its way from `decide` to the order logic. */
export interface SignalContext {
  readonly strategyId: string;
  readonly symbol: Root;
  /** The signal; a filter tap returns `{ ...ctx, signal: Signal.hold() }` to veto it. */
  readonly signal: Signal;
  /** Bar index and open time (epoch ms) of the decision bar. */
  readonly index: number;
  readonly time: number;
  /** Labels of the decision bar: trade date yyyymmdd, session code, segment code. */
  readonly tradeDate: number;
  readonly session: number;
  readonly segment: number;
}

/** An entry about to be sized: `qty` is the engine's proposal (fixed or risk-based, times the schedule multiplier). */
export interface SizingContext {
  readonly strategyId: string;
  readonly signal: Signal;
  readonly symbol: Root;
  /** Contracts; taps return a new context with another integer qty (0 skips the entry). */
  readonly qty: number;
  /** Account equity in dollars at the decision (starting equity plus closed P&L). */
  readonly equity: number;
  /** Dollars per point per contract of `symbol`. */
  readonly pointValue: number;
  /** Reference entry price (limit/stop price, else the decision bar's close). */
  readonly entryPrice: number;
  /** Protective stop price, or NaN when the signal has none. */
  readonly stopPrice: number;
}

/** Strategy signals and position sizing (backtest and live alike). */
export const strategyHooks = {
  signal: hookSpec<SignalContext>()(
    "syncWaterfall",
    ["strategyId", "symbol", "signal", "index", "time", "tradeDate", "session", "segment"],
    "for each non-hold signal a strategy decides, keyed by strategy id, before it becomes an order; taps may replace or veto (hold) it",
    { keyed: true },
  ),
  sizing: hookSpec<SizingContext>()(
    "syncWaterfall",
    ["strategyId", "signal", "symbol", "qty", "equity", "pointValue", "entryPrice", "stopPrice"],
    "when an entry order is created; the risk hook: taps return the context with the quantity in contracts (Stage.Risk for risk rules)",
  ),
};
