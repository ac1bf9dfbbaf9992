import type { Bars } from "../data/bars.js";
import type { BarLabels } from "../market-time/labels.js";
import { decideFailed, guardedDecide } from "../strategy/guard.js";
import type { Signal } from "../strategy/signal.js";
import { cutAtBoundary } from "./boundaries.js";
import { handleSignal, type SignalEnv } from "./entries.js";
import { fillAtOpen, processBracket, tryWorkingEntry } from "./fills.js";
import type { ResolvedOptions } from "./options.js";
import type { Prepared } from "./prepare.js";
import { MARKET_ORDER, NO_ORDER, type SimState } from "./sim-state.js";

export interface LoopInput {
  readonly strategyId: string;
  readonly decide: (ctx: unknown) => Signal;
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly opt: ResolvedOptions;
  readonly st: SimState;
  readonly prep: Prepared;
  readonly env: SignalEnv;
  readonly equity: Float64Array | undefined;
  readonly onDecision: ((index: number, signal: Signal) => void) | undefined;
}

export interface LoopOutput {
  readonly barsInMarket: number;
  readonly firstDecision: number;
  /** [index, tradeDate] pairs where a new trade date starts. */
  readonly dateStarts: readonly number[];
}

/**
 * The bar loop, in its own function so V8 optimises it once and keeps it optimised: setup and result
 * building (cold code with little type feedback) live in runBacktest and cannot deoptimise it.
 */
export function simulate(run: LoopInput): LoopOutput {
  const { strategyId, decide, bars, labels, opt, st, prep, env, equity, onDecision } = run;
  const n = bars.length;
  const { time, open, high, low, close } = bars;
  const { open: mkt, tradeDate, session, segment, etMinute } = labels;
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
        if (guard) signal = guardedDecide(decide, cursor.ctx, strategyId);
        else {
          try {
            signal = decide(cursor.ctx);
          } catch (e) {
            throw decideFailed(e, strategyId, i, t);
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
  return { barsInMarket, firstDecision, dateStarts };
}
