import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import type { ParamSet, ParamValues } from "../params/param-set.js";
import type { AnyStrategy } from "../strategy/define-strategy.js";
import { decideFailed, guardedDecide } from "../strategy/guard.js";
import { instrumentOf } from "../strategy/instruments.js";
import { scheduleTable } from "../strategy/schedule.js";
import type { Signal } from "../strategy/signal.js";
import { handleSignal, type SignalEnv } from "./entries.js";
import { fillAtOpen, processBracket, tryWorkingEntry } from "./fills.js";
import { type BacktestOptions, resolveOptions } from "./options.js";
import { type FeatureColumnSource, prepare, strategyParamSet } from "./prepare.js";
import { MARKET_ORDER, NO_ORDER, SimState } from "./sim-state.js";
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

/**
 * Runs one strategy over one instrument's bars, event-exact (SPEC §6): decisions on bar t's close,
 * orders working from bar t+1 (market at its open; limit/stop when touched within validity), stops and
 * targets against each bar's high/low, gaps filled at the open, no fills while the market is closed.
 * The loop allocates nothing per bar: one cursor per run, numeric state, a Trade per round trip.
 */
export function runBacktest(input: BacktestInput, options: BacktestOptions = {}): BacktestResult {
  const { strategy, bars, labels } = input;
  const n = bars.length;
  if (n === 0) throw new SessionkitError("SK_BACKTEST_NO_DATA", `backtest ${strategy.id}: no bars.`, { value: 0 });
  const opt = resolveOptions(options, bars.symbol, strategy.flatten);
  const inst = instrumentOf(bars.symbol);
  const st = new SimState(strategy.id, bars.symbol, inst.tick, inst.pointValue, opt.costs);
  const set = strategyParamSet(strategy, input.params);
  const prep = prepare(strategy, bars, labels, input.features, set, st.pos, opt.guard);
  const sched = opt.schedule === false ? undefined : scheduleTable(strategy.id, bars.symbol, opt.schedule);
  const env: SignalEnv = {
    opt,
    st,
    sched,
    strategyId: strategy.id,
    symbol: bars.symbol,
    inst,
    set,
    hooks: options.hooks,
  };
  const { time, open, high, low, close } = bars;
  const { open: mkt, tradeDate, session, segment, etMinute } = labels;
  const equity = opt.equityCurve ? new Float64Array(n) : undefined;
  const onDecision = options.onDecision;
  const decide = strategy.decide as (ctx: unknown) => Signal;
  const flatten = opt.flatten;
  const evalSession = opt.evaluateSession;
  const pos = st.pos;
  const adverseFirst = opt.adverseFirst;
  const guard = opt.guard;
  const needCut = flatten !== "none" || evalSession !== -2;
  let barsInMarket = 0;
  let firstDecision = -1;
  let datesSeen = 0;
  let lastDate = 0;
  let counterDate = -1;
  // [index, tradeDate] pairs where a new trade date starts (≈ one per day; for the daily metrics)
  const dateStarts: number[] = [];
  let counterSession = -3;
  for (let i = 0; i < n; i++) {
    const td = tradeDate[i] as number;
    const sess = session[i] as number;
    if (td !== lastDate && td !== 0) {
      if (lastDate !== 0) datesSeen++;
      lastDate = td;
      dateStarts.push(i, td);
    }
    if (mkt[i] === 1) {
      const t = time[i] as number;
      // 1. orders at the open, then the open position's bracket, else a working limit/stop entry
      if (st.exitPending || st.orderKind === MARKET_ORDER) fillAtOpen(st, i, t, open[i] as number, td, sess);
      if (pos.side !== 0) {
        processBracket(st, i, t, open[i] as number, high[i] as number, low[i] as number, adverseFirst, true, true);
      } else if (
        st.orderKind !== NO_ORDER &&
        tryWorkingEntry(st, i, t, open[i] as number, high[i] as number, low[i] as number, td, sess)
      ) {
        processBracket(
          st,
          i,
          t,
          open[i] as number,
          high[i] as number,
          low[i] as number,
          adverseFirst,
          false,
          !adverseFirst,
        );
      }
      // 2. the decision on this bar's close
      if (td !== counterDate || sess !== counterSession) {
        pos.rollCounters(td, sess);
        counterDate = td;
        counterSession = sess;
      }
      if (i >= prep.warmupBars && datesSeen >= prep.warmupTradeDates) {
        if (firstDecision < 0) firstDecision = i;
        const cursor = prep.cursors[sess + 1] as (typeof prep.cursors)[number];
        cursor.i = i;
        cursor.params = prep.params[sess + 1] as Readonly<Record<string, unknown>>;
        let signal: Signal;
        if (guard) signal = guardedDecide(decide, cursor.ctx, strategy.id);
        else {
          try {
            signal = decide(cursor.ctx);
          } catch (e) {
            throw decideFailed(e, strategy.id, i, t);
          }
        }
        if (onDecision !== undefined) onDecision(i, signal);
        if (signal.kind !== "hold") {
          handleSignal(
            env,
            signal,
            i,
            t,
            close[i] as number,
            cursor.params,
            td,
            sess,
            segment[i] as number,
            etMinute[i] as number,
          );
        }
      }
      // 3. time stop: close at the next open once the trade has lasted timeStopBars
      if (pos.side !== 0 && i - pos.entryIndex >= st.timeStopBars && !st.exitPending) {
        st.exitPending = true;
        st.exitReason = "time";
      }
      // 4. session / trade-date end: flatten at this bar's close and cancel working entries
      if (needCut) {
        const dateEnd = i === n - 1 || tradeDate[i + 1] !== td;
        const sessEnd = dateEnd || session[i + 1] !== sess;
        if ((flatten === "trade-date" && dateEnd) || (sessEnd && (flatten === "session" || sess === evalSession))) {
          cutAtBoundary(st, i, t, close[i] as number, dateEnd && flatten === "trade-date");
        }
      }
    }
    if (pos.side !== 0) barsInMarket++;
    if (equity !== undefined) equity[i] = st.equity(opt.startingEquity, close[i] as number);
  }
  if (st.pos.side !== 0 && n > 0) {
    st.close(
      n - 1,
      time[n - 1] as number,
      st.pos.qty,
      st.round(close[n - 1] as number) - st.pos.side * st.slip,
      st.slip / st.tick,
      "end-of-data",
    );
    if (equity !== undefined) equity[n - 1] = st.equity(opt.startingEquity, close[n - 1] as number);
  }
  return {
    strategy: strategy.id,
    symbol: bars.symbol,
    startingEquity: opt.startingEquity,
    finalEquity: opt.startingEquity + st.realized,
    trades: st.trades,
    equity,
    bars: n,
    barsInMarket,
    firstDecision,
    skippedEntries: env.skipped ?? 0,
    parametersHash: set.parametersHash,
    tradeDates: tradeDatesFrom(dateStarts, firstDecision),
  };
}

/** Flattens (at the bar's close, with slippage) and cancels working entries at a session / trade-date end. */
function cutAtBoundary(st: SimState, i: number, t: number, close: number, tradeDateEnd: boolean): void {
  if (st.pos.side !== 0) {
    const reason = tradeDateEnd ? "trade-date-end" : "session-end";
    st.close(i, t, st.pos.qty, st.round(close) - st.pos.side * st.slip, st.slip / st.tick, reason);
  }
  st.exitPending = false;
  if (st.orderKind !== NO_ORDER) st.cancelOrder();
}

/** The trade dates whose bars include the first decision or come after it. */
function tradeDatesFrom(dateStarts: readonly number[], from: number): Int32Array {
  if (from < 0) return new Int32Array(0);
  const out: number[] = [];
  for (let k = 0; k < dateStarts.length; k += 2) {
    const nextStart = k + 2 < dateStarts.length ? (dateStarts[k + 2] as number) : Number.POSITIVE_INFINITY;
    const d = dateStarts[k + 1] as number;
    if (nextStart > from && (out.length === 0 || (out[out.length - 1] as number) < d)) out.push(d);
  }
  return Int32Array.from(out);
}
