import type { Root } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { SignalContext, SizingContext } from "../kernel/hooks/strategy.js";
import { isSessionName, type SessionName } from "../market-time/sessions.js";
import { DEFAULT_SCHEDULE, type StrategySchedule } from "../strategy/schedule.js";
import type { Signal } from "../strategy/signal.js";
import { type CostModel, DEFAULT_COSTS } from "./costs.js";

/** Position sizing before the schedule multiplier and the sizing hook. */
export type SizingRule =
  | { readonly mode: "fixed"; readonly qty: number }
  /** floor(riskPerTrade / (|entry − stop| × point value)), capped at maxQty; entries without a stop use 1. */
  | { readonly mode: "risk"; readonly riskPerTrade: number; readonly maxQty?: number };

export type FlattenMode = "none" | "session" | "trade-date";

export interface BacktestOptions {
  /** Dollars; drawdown % is measured against it (default 50,000). */
  readonly startingEquity?: number;
  /** Costs of the run's instrument (default DEFAULT_COSTS[symbol]). */
  readonly costs?: CostModel;
  /** Default fixed 1 contract; a signal's own qty overrides the fixed size. */
  readonly sizing?: SizingRule;
  /** When a stop and a target are both inside one bar: which is assumed first (default adverse). */
  readonly intrabar?: "adverse-first" | "favorable-first";
  /** Strategy schedule (default SPEC §5 table); false disables it. */
  readonly schedule?: StrategySchedule | false;
  /** Sessions the strategy may enter in (its registration; default all). */
  readonly sessions?: readonly SessionName[];
  /** Flatten at each session or trade-date end (default: the strategy's `flatten`, else none). */
  readonly flatten?: FlattenMode;
  /**
   * Per-session evaluation (SPEC §6, the optimizer): entries only on this session's bars of each
   * trade date, flat (and working orders cancelled) at its end. Indicators stay continuous.
   */
  readonly evaluateSession?: SessionName;
  /** Entries only from decision bars with time in [entryFrom, entryTo) (epoch ms); warm-up runs before. */
  readonly entryFrom?: number;
  readonly entryTo?: number;
  /** Guarded mode: frozen views, every signal's invariants checked, errors tagged with the strategy. */
  readonly guard?: boolean;
  /** Filters and risk rules (the CLI binds them to hooks.strategy.signal / sizing). */
  readonly hooks?: {
    readonly signal?: (ctx: SignalContext) => SignalContext;
    readonly sizing?: (ctx: SizingContext) => SizingContext;
  };
  /** Called with every decision after warm-up (tests, lookahead detector). */
  readonly onDecision?: (index: number, signal: Signal) => void;
  /** Keep the per-bar equity curve (default true; the optimizer turns it off). */
  readonly equityCurve?: boolean;
  /**
   * Use the strategy's screen, when it has one, to skip decide on unmarked bars while flat (default
   * true). false calls decide on every bar: the reference run screen equivalence tests compare with.
   */
  readonly screen?: boolean;
}

export interface ResolvedOptions {
  readonly startingEquity: number;
  readonly costs: CostModel;
  readonly sizing: SizingRule;
  readonly adverseFirst: boolean;
  readonly schedule: StrategySchedule | false;
  readonly sessionAllowed: readonly boolean[];
  readonly flatten: FlattenMode;
  /** Session code of per-session evaluation, or -2 when off. */
  readonly evaluateSession: number;
  readonly entryFrom: number;
  readonly entryTo: number;
  readonly guard: boolean;
  readonly equityCurve: boolean;
  readonly screen: boolean;
}

function bad(path: string, message: string, value: unknown): SessionkitError {
  return new SessionkitError("SK_BACKTEST_INPUT", `backtest option ${path} ${message}`, { path, value });
}

const SESSION_CODES: Record<SessionName, number> = { Overnight: 0, RTH: 1, PostRTH: 2 };

/** Validates options and fills defaults (documented on each field). */
export function resolveOptions(
  o: BacktestOptions,
  symbol: Root,
  strategyFlatten: FlattenMode | undefined,
): ResolvedOptions {
  const startingEquity = o.startingEquity ?? 50_000;
  if (!(Number.isFinite(startingEquity) && startingEquity > 0))
    throw bad("startingEquity", "must be a positive number", startingEquity);
  const costs = o.costs ?? DEFAULT_COSTS[symbol];
  if (!(costs.commissionPerSide >= 0 && Number.isFinite(costs.commissionPerSide))) {
    throw bad("costs.commissionPerSide", "must be >= 0", costs.commissionPerSide);
  }
  if (!(Number.isInteger(costs.slippageTicks) && costs.slippageTicks >= 0)) {
    throw bad("costs.slippageTicks", "must be a non-negative integer", costs.slippageTicks);
  }
  const sizing = o.sizing ?? { mode: "fixed", qty: 1 };
  if (sizing.mode === "fixed" && !(Number.isInteger(sizing.qty) && sizing.qty >= 1)) {
    throw bad("sizing.qty", "must be a positive integer", sizing.qty);
  }
  if (sizing.mode === "risk" && !(sizing.riskPerTrade > 0 && Number.isFinite(sizing.riskPerTrade))) {
    throw bad("sizing.riskPerTrade", "must be a positive number of dollars", sizing.riskPerTrade);
  }
  const sessions = o.sessions ?? ["Overnight", "RTH", "PostRTH"];
  const sessionAllowed = [false, false, false];
  for (const s of sessions) {
    if (!isSessionName(s)) throw bad("sessions", "must list Overnight | RTH | PostRTH", s);
    sessionAllowed[SESSION_CODES[s]] = true;
  }
  if (o.evaluateSession !== undefined && !isSessionName(o.evaluateSession)) {
    throw bad("evaluateSession", "must be Overnight | RTH | PostRTH", o.evaluateSession);
  }
  const flatten = o.flatten ?? strategyFlatten ?? "none";
  if (!["none", "session", "trade-date"].includes(flatten))
    throw bad("flatten", "must be none | session | trade-date", flatten);
  return {
    startingEquity,
    costs,
    sizing,
    adverseFirst: (o.intrabar ?? "adverse-first") === "adverse-first",
    schedule: o.schedule === undefined ? DEFAULT_SCHEDULE : o.schedule,
    sessionAllowed,
    flatten,
    evaluateSession: o.evaluateSession === undefined ? -2 : SESSION_CODES[o.evaluateSession],
    entryFrom: o.entryFrom ?? Number.NEGATIVE_INFINITY,
    entryTo: o.entryTo ?? Number.POSITIVE_INFINITY,
    guard: o.guard ?? false,
    equityCurve: o.equityCurve ?? true,
    screen: o.screen ?? true,
  };
}
