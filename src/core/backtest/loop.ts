import type { Bars } from "../data/bars.js";
import type { BarLabels } from "../market-time/labels.js";
import { decideFailed, guardedDecide } from "../strategy/guard.js";
import { screenMissedError } from "../strategy/screen.js";
import { isEntry, Signal } from "../strategy/signal.js";
import { cutAtBoundary } from "./boundaries.js";
import { tradeDateStarts } from "./date-starts.js";
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

/** What the loop carries from one range of bars to the next. */
class LoopCarry {
  barsInMarket = 0;
  counterDate = -1;
  counterSession = -3;
}

/**
 * Most bars per call of `simulateRange`. A run is one call of `simulate`; were the whole loop in it,
 * V8 would only ever reach it by on-stack replacement, with code compiled before the loop's exit had
 * run once, which then deoptimises at that exit on every run and restarts the next run in the
 * interpreter (measured: most of a 90-day run). Ranges make the loop an ordinary hot function.
 */
const RANGE = 4096;

/**
 * The bar loop: decisions on each bar's close, fills from the next bar (SPEC §6). With a screen, an
 * idle stretch (flat, no working order, unmarked bars) is crossed in one step: nothing can happen on
 * it but holds, so the loop jumps to the next marked bar and only fills in the flat equity.
 */
export function simulate(run: LoopInput): LoopOutput {
  const carry = new LoopCarry();
  const { bars, labels, prep, st, opt, equity, onDecision } = run;
  const n = bars.length;
  const mask = prep.screen;
  const canJump = mask !== undefined && !opt.guard;
  const pos = st.pos;
  const mkt = labels.open;
  const hold = Signal.hold();
  let i = 0;
  while (i < n) {
    if (canJump && pos.side === 0 && st.orderKind === NO_ORDER && !st.exitPending && mask[i] === 0) {
      let j = mask.indexOf(1, i);
      if (j < 0) j = n;
      if (equity !== undefined) equity.fill(opt.startingEquity + st.realized, i, j);
      if (onDecision !== undefined) {
        for (let k = Math.max(i, prep.start); k < j; k++) if (mkt[k] === 1) onDecision(k, hold);
      }
      i = j;
      if (i >= n) break;
    }
    i = simulateRange(run, carry, i, Math.min(n, i + RANGE), canJump);
  }
  const start = prep.start;
  return {
    barsInMarket: carry.barsInMarket,
    firstDecision: start < n ? start : -1,
    dateStarts: tradeDateStarts(labels),
  };
}

/**
 * Bars [from, to) one by one; returns the next bar to run. With `stopWhenIdle` it returns early,
 * after a bar that leaves the strategy idle before an unmarked bar, so `simulate` can jump.
 */
function simulateRange(run: LoopInput, carry: LoopCarry, from: number, to: number, stopWhenIdle: boolean): number {
  const { strategyId, decide, bars, labels, opt, st, prep, env, equity, onDecision } = run;
  const n = bars.length;
  const { time, open, high, low, close } = bars;
  const { open: mkt, tradeDate, session, segment, etMinute } = labels;
  const flatten = opt.flatten;
  const cutTradeDate = flatten === "trade-date";
  const cutSession = flatten === "session";
  const evalSession = opt.evaluateSession;
  const pos = st.pos;
  const adverseFirst = opt.adverseFirst;
  const guard = opt.guard;
  const needCut = flatten !== "none" || evalSession !== -2;
  const { cursors, params, start } = prep;
  // The screen's mark per bar: while flat with no working order, decide runs only on marked bars
  // (guarded runs call it everywhere and check that an unmarked bar never asks for an entry).
  const mask = prep.screen;
  const skipUnmarked = mask !== undefined && !guard;
  const hold = Signal.hold();
  let { barsInMarket, counterDate, counterSession } = carry;
  let i = from;
  for (; i < to; i++) {
    const td = tradeDate[i] as number;
    if (mkt[i] === 1) {
      const sess = session[i] as number;
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
      if (i >= start) {
        const idle = pos.side === 0 && st.orderKind === NO_ORDER && !st.exitPending;
        if (skipUnmarked && idle && mask[i] === 0) {
          if (onDecision !== undefined) onDecision(i, hold);
        } else {
          const cursor = cursors[sess + 1] as (typeof cursors)[number];
          cursor.i = i;
          cursor.params = params[sess + 1] as Readonly<Record<string, unknown>>;
          let signal: Signal;
          if (guard) {
            signal = guardedDecide(decide, cursor.ctx, strategyId);
            if (mask !== undefined && idle && mask[i] === 0 && isEntry(signal))
              throw screenMissedError(strategyId, i, t);
          } else {
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
      }
      // 3. time stop: at this close the trade has lasted i − entryIndex + 1 bars (the fill bar first),
      // so it closes at the open of bar entryIndex + N: held exactly N bars
      if (pos.side !== 0 && i + 1 - pos.entryIndex >= st.timeStopBars && !st.exitPending) {
        st.exitPending = true;
        st.exitReason = "time";
      }
      // 4. session / trade-date end: flatten at this bar's close and cancel working entries
      if (needCut) {
        const dateEnd = i === n - 1 || tradeDate[i + 1] !== td;
        const sessEnd = dateEnd || session[i + 1] !== sess;
        if ((cutTradeDate && dateEnd) || (sessEnd && (cutSession || sess === evalSession))) {
          cutAtBoundary(st, i, t, close[i] as number, dateEnd && cutTradeDate);
        }
      }
    }
    if (pos.side !== 0) barsInMarket++;
    if (equity !== undefined) equity[i] = st.equity(opt.startingEquity, close[i] as number);
    if (
      stopWhenIdle &&
      mask !== undefined &&
      mask[i + 1] === 0 &&
      pos.side === 0 &&
      st.orderKind === NO_ORDER &&
      !st.exitPending
    ) {
      i++;
      break;
    }
  }
  carry.barsInMarket = barsInMarket;
  carry.counterDate = counterDate;
  carry.counterSession = counterSession;
  return i;
}
