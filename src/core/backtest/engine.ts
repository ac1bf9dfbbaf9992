import { SessionkitError } from "../errors/index.js";
import { instrumentOf } from "../strategy/instruments.js";
import { scheduleTable } from "../strategy/schedule.js";
import type { Signal } from "../strategy/signal.js";
import { tradeDatesFrom } from "./boundaries.js";
import type { SignalEnv } from "./entries.js";
import { simulate } from "./loop.js";
import { type BacktestOptions, resolveOptions } from "./options.js";
import { prepare, strategyParamSet } from "./prepare.js";
import type { BacktestInput, BacktestResult } from "./result.js";
import { SimState } from "./sim-state.js";

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
  const prep = prepare(strategy, bars, labels, input.features, set, st.pos, opt.guard, opt.screen);
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
  const equity = opt.equityCurve ? new Float64Array(n) : undefined;
  const { barsInMarket, firstDecision, dateStarts } = simulate({
    strategyId: strategy.id,
    decide: strategy.decide as (ctx: unknown) => Signal,
    bars,
    labels,
    opt,
    st,
    prep,
    env,
    equity,
    onDecision: options.onDecision,
  });
  const { time, close } = bars;
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

export type { BacktestInput, BacktestResult } from "./result.js";
