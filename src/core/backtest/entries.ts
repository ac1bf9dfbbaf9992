import type { Root } from "../data/bars.js";
import type { SignalContext, SizingContext } from "../kernel/hooks/strategy.js";
import type { ParamSet } from "../params/param-set.js";
import type { InstrumentSpec } from "../strategy/instruments.js";
import type { EntrySignal, Signal } from "../strategy/signal.js";
import type { ResolvedOptions } from "./options.js";
import { LIMIT_ORDER, MARKET_ORDER, type SimState, STOP_ORDER } from "./sim-state.js";

/** What turning a signal into orders needs; one per run. */
export interface SignalEnv {
  readonly opt: ResolvedOptions;
  readonly st: SimState;
  /** Schedule multipliers by segment × 1440 + ET minute, or undefined when the schedule is off. */
  readonly sched: Float32Array | undefined;
  readonly strategyId: string;
  readonly symbol: Root;
  readonly inst: InstrumentSpec;
  readonly set: ParamSet;
  readonly hooks:
    | {
        readonly signal?: (ctx: SignalContext) => SignalContext;
        readonly sizing?: (ctx: SizingContext) => SizingContext;
      }
    | undefined;
  skipped?: number;
}

/** Applies a non-hold signal decided on bar i's close (after the signal hook). */
export function handleSignal(
  env: SignalEnv,
  decided: Signal,
  i: number,
  time: number,
  close: number,
  params: Readonly<Record<string, unknown>>,
  tradeDate: number,
  session: number,
  segment: number,
  etMinute: number,
): void {
  const st = env.st;
  const filter = env.hooks?.signal;
  const signal = filter
    ? filter({
        strategyId: env.strategyId,
        symbol: env.symbol,
        signal: decided,
        index: i,
        time,
        tradeDate,
        session,
        segment,
      }).signal
    : decided;
  switch (signal.kind) {
    case "hold":
      return;
    case "exit":
      if (st.pos.side !== 0) {
        st.exitPending = true;
        st.exitReason = "signal";
      }
      st.cancelOrder();
      return;
    case "modify":
      if (st.pos.side === 0) return;
      if (signal.stop !== undefined) st.pos.stop = st.round(signal.stop);
      if (signal.target !== undefined && !st.pos.target1Hit) st.pos.target = st.round(signal.target);
      if (signal.target2 !== undefined && !Number.isNaN(st.pos.target2)) st.pos.target2 = st.round(signal.target2);
      if (signal.timeStopBars !== undefined) st.timeStopBars = signal.timeStopBars;
      return;
    default:
      placeEntry(env, signal, i, time, close, params, session, segment, etMinute);
  }
}

function placeEntry(
  env: SignalEnv,
  s: EntrySignal,
  i: number,
  time: number,
  close: number,
  params: Readonly<Record<string, unknown>>,
  session: number,
  segment: number,
  etMinute: number,
): void {
  const { opt, st } = env;
  if (st.pos.side !== 0) return; // one position per strategy and symbol; entries while in one are ignored
  if (!opt.sessionAllowed[session]) return;
  if (opt.evaluateSession !== -2 && session !== opt.evaluateSession) return;
  if (time < opt.entryFrom || time >= opt.entryTo) return;
  const mult = env.sched === undefined ? 1 : (env.sched[segment * 1440 + etMinute] as number);
  if (!(mult > 0)) return;
  const dir = s.kind === "long" ? 1 : -1;
  const ref = s.entryType === "market" ? st.round(close) : st.round(s.entryPrice as number);
  const stopPrice =
    s.stop !== undefined ? s.stop : s.stopTicks !== undefined ? ref - dir * s.stopTicks * st.tick : Number.NaN;
  let qty = baseQty(opt, s, ref, stopPrice, env.inst.pointValue);
  if (qty >= 1 && mult !== 1) qty = Math.max(1, Math.floor(qty * mult + 1e-9));
  const sizing = env.hooks?.sizing;
  if (sizing !== undefined && qty >= 1) {
    const equity = opt.startingEquity + st.realized;
    qty = Math.floor(
      sizing({
        strategyId: env.strategyId,
        signal: s,
        symbol: env.symbol,
        qty,
        equity,
        pointValue: env.inst.pointValue,
        entryPrice: ref,
        stopPrice,
      }).qty,
    );
  }
  if (!(qty >= 1)) {
    env.skipped = (env.skipped ?? 0) + 1;
    return;
  }
  st.orderKind = s.entryType === "market" ? MARKET_ORDER : s.entryType === "limit" ? LIMIT_ORDER : STOP_ORDER;
  st.orderSide = dir;
  st.orderPrice = ref;
  st.orderQty = qty;
  st.orderExpires = s.entryType === "market" ? i + 1 : i + s.validityBars;
  st.orderSignal = s;
  st.orderParams = params;
  st.orderHash = env.set.parametersHash;
  st.pos.hasPendingEntry = true;
}

function baseQty(opt: ResolvedOptions, s: EntrySignal, ref: number, stopPrice: number, pointValue: number): number {
  if (s.qty !== undefined) return s.qty;
  const rule = opt.sizing;
  if (rule.mode === "fixed") return rule.qty;
  const dist = Math.abs(ref - stopPrice);
  if (!(dist > 0)) return 1;
  const q = Math.floor(rule.riskPerTrade / (dist * pointValue) + 1e-9);
  return rule.maxQty === undefined ? q : Math.min(q, rule.maxQty);
}
