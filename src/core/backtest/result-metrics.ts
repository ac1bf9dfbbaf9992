import type { SessionName } from "../market-time/sessions.js";
import type { BacktestResult } from "./engine.js";
import { computeMetrics, type Metrics, metricsBySession } from "./metrics.js";

/**
 * A run's metrics with every trade date of the span in the daily series, its exposure and (when the run
 * kept its equity curve) the mark-to-market drawdown, plus per session (closed-trade drawdown only).
 */
export function backtestMetrics(r: BacktestResult): { overall: Metrics; bySession: Record<SessionName, Metrics> } {
  const base = { startingEquity: r.startingEquity, tradeDates: r.tradeDates };
  return {
    overall: computeMetrics(r.trades, {
      ...base,
      totalBars: r.bars,
      barsInMarket: r.barsInMarket,
      ...(r.equity !== undefined && { equity: r.equity }),
    }),
    bySession: metricsBySession(r.trades, base),
  };
}
