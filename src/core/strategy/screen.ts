import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import type { BarHistory } from "./context.js";
import type { InstrumentSpec } from "./instruments.js";
import { HistoryView } from "./views.js";

/**
 * The optional columnar pre-pass of a strategy (`screen` in defineStrategy), run once at the start of
 * a batch run (backtest, optimizer trial) before the bar loop. It is the filter half of freqtrade's
 * vectorised `populate_entry_trend`: it marks the bars where `decide` could open a position when the
 * strategy is flat with no working entry. On the other bars in that state the engine does not call
 * `decide` at all (a hold), which is where an event-driven engine spends most of its time: the
 * decision rules of a selective strategy reject most bars on a few column reads.
 *
 * The contract, checked by the guarded mode and by `describeStrategyContract`:
 * - a bar left at 0 is one on which `decide`, called while flat with no working entry, returns no
 *   entry. Guarded runs give the screen a state of its own, call decide on every bar with the run's
 *   state (so decide works from nothing the screen prepared) and fail with SK_STRATEGY_SCREEN_MISSED
 *   when decide enters on an unmarked bar;
 * - decisions on the bars decide does see do not depend on decide having seen the others: state that
 *   decide would fold in on every bar is computed by the screen instead, into the state it is given
 *   (decide finds it there in unguarded runs); runs with and without the screen trade the same;
 * - it is causal: the mark at bar i reads bars and features up to i only (the lookahead detector runs
 *   with the screen on).
 * Live runs have no future bars to pre-scan and call decide on every bar.
 *
 * The engine calls the screen over consecutive ranges [from, to) of a few thousand bars, in order,
 * from the first decision bar to the last bar (carry running values in the strategy's state): one
 * call with a loop over the whole run would only ever run optimised through on-stack replacement,
 * which V8 abandons at the loop's exit on every run and restarts in the interpreter.
 */
export interface ScreenInput<P, N extends string, S> {
  readonly strategyId: string;
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly instrument: InstrumentSpec;
  /**
   * Per label session code + 1 (index 0: closed bars, 1 Overnight, 2 RTH, 3 PostRTH): the parameters
   * decide sees on that session's bars and the declared feature columns resolved for them.
   */
  readonly sessions: readonly ScreenSession<P, N>[];
  /**
   * The first bar decide can run on (the end of the warm-up). Decide runs only on bars from here on
   * whose market is open (`labels.open[i] === 1`): a screen that folds state per bar, as decide would,
   * folds exactly those bars.
   */
  readonly start: number;
  /** The bars of this call, [from, to): the first call has from = start, the last to = bars.length. */
  readonly from: number;
  readonly to: number;
  /**
   * A fresh strategy state (from `initialState`): the one decide will receive, except in guarded
   * runs, where the screen's work stays out of decide's state.
   */
  readonly state: S;
  /**
   * A reusable history view positioned at bar `i` (the same reads as `ctx.bars` in decide, so rules
   * written against BarHistory serve both). Allocates nothing; the returned view moves on the next call.
   */
  historyAt(i: number): BarHistory;
  /** One entry per bar, all 0 on entry: set 1 where decide may enter. */
  readonly out: Uint8Array;
}

export interface ScreenSession<P, N extends string> {
  readonly params: Readonly<P>;
  readonly features: Readonly<Record<N, Float64Array>>;
}

/** Bars per screen call (see ScreenInput). */
const SCREEN_RANGE = 4096;

/** The engine's side of the screen: builds the input, runs it over the bars in ranges, returns the marks. */
export function runScreen<P, N extends string, S>(
  screen: (input: ScreenInput<P, N, S>) => void,
  init: Omit<ScreenInput<P, N, S>, "historyAt" | "out" | "from" | "to">,
): Uint8Array {
  const cursor = { i: 0 };
  const history = new HistoryView(init.bars, cursor, init.strategyId);
  const n = init.bars.length;
  const out = new Uint8Array(n);
  const input = {
    ...init,
    historyAt(i: number): BarHistory {
      cursor.i = i;
      return history;
    },
    out,
    from: init.start,
    to: init.start,
  };
  for (let from = init.start; from < n; from += SCREEN_RANGE) {
    input.from = from;
    input.to = Math.min(n, from + SCREEN_RANGE);
    screen(input);
  }
  return out;
}

/** A guarded run's finding: decide entered on bar i, which the screen left unmarked. */
export function screenMissedError(strategyId: string, i: number, t: number): SessionkitError {
  return new SessionkitError(
    "SK_STRATEGY_SCREEN_MISSED",
    `strategy ${strategyId}: decide asked for an entry at bar ${i} (${new Date(t).toISOString()}), which its screen left unmarked.`,
    { plugin: strategyId, path: "screen", value: i },
  );
}
