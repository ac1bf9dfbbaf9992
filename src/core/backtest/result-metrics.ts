import { SESSION_NAMES, type SessionName } from "../market-time/sessions.js";
import { dailyPnl } from "./daily.js";
import type { BacktestResult } from "./engine.js";
import { computeMetrics, type Metrics } from "./metrics.js";
import type { Trade } from "./trade.js";

// A run's figures as the CLI, the trainer, the validator and the report read them: one definition for
// a single strategy and for several run on the same bars as one book (SPEC §6).

/** A run's (or the combined book's) figures: overall, per entry session, and the daily P&L series. */
export interface RunMetrics {
  readonly overall: Metrics;
  readonly bySession: Record<SessionName, Metrics>;
  /** Net P&L per trade date of the evaluated span (days without trades are 0), as the Sharpe sees it. */
  readonly daily: readonly { readonly tradeDate: string; readonly pnl: number }[];
}

/**
 * Marks the bars on which one of `trades` holds a position at the bar's close, as the engine counts
 * `barsInMarket`: from the entry bar up to the exit bar, which is flat at its close, except an
 * end-of-data exit, which closes after the last bar's close.
 */
export function markInMarket(trades: readonly Trade[], bars: number, mask = new Uint8Array(bars)): Uint8Array {
  for (const t of trades) {
    const end = t.exitReason === "end-of-data" ? t.exitIndex + 1 : t.exitIndex;
    mask.fill(1, Math.max(0, t.entryIndex), Math.min(bars, end));
  }
  return mask;
}

const count = (mask: Uint8Array) => mask.reduce((s, x) => s + x, 0);
const isoDate = (d: number) =>
  `${Math.floor(d / 10_000)}-${String(Math.floor(d / 100) % 100).padStart(2, "0")}-${String(d % 100).padStart(2, "0")}`;

/**
 * The metrics of trades on one dataset of `bars` bars over the trade dates `tradeDates`, with one
 * definition for a single strategy and for several combined (SPEC §6): the daily series has every
 * trade date of the span; exposure is the fraction of bars with an open position (for several
 * strategies: with any position open). A session's exposure counts the bars held by the trades
 * entered in that session over all bars, so the sessions add up to the overall figure.
 */
export function metricsOf(
  trades: readonly Trade[],
  o: {
    readonly startingEquity: number;
    readonly tradeDates: ArrayLike<number>;
    readonly bars: number;
    /** The engine's own count for a single run (equal to the marked bars; see the tests). */
    readonly barsInMarket?: number;
    /** A single run's per-bar equity, for the mark-to-market drawdown (none for a combined book). */
    readonly equity?: ArrayLike<number>;
  },
): RunMetrics {
  const base = { startingEquity: o.startingEquity, tradeDates: o.tradeDates, totalBars: o.bars };
  const inMarket = o.barsInMarket ?? count(markInMarket(trades, o.bars));
  const overall = computeMetrics(trades, {
    ...base,
    barsInMarket: inMarket,
    ...(o.equity !== undefined && { equity: o.equity }),
  });
  const bySession = {} as Record<SessionName, Metrics>;
  for (const s of SESSION_NAMES) {
    const own = trades.filter((t) => t.session === s);
    bySession[s] = computeMetrics(own, { ...base, barsInMarket: count(markInMarket(own, o.bars)) });
  }
  const d = dailyPnl(trades, o.tradeDates);
  const daily = Array.from(d.dates, (date, k) => ({ tradeDate: isoDate(date), pnl: d.pnl[k] as number }));
  return { overall, bySession, daily };
}

/**
 * A run's metrics: every trade date of its span in the daily series (days without trades count as 0),
 * its exposure, the mark-to-market drawdown when it kept its equity curve, and the same per entry
 * session (closed-trade drawdown only; exposure of that session's trades over all bars).
 */
export function backtestMetrics(r: BacktestResult): RunMetrics {
  return metricsOf(r.trades, {
    startingEquity: r.startingEquity,
    tradeDates: r.tradeDates,
    bars: r.bars,
    barsInMarket: r.barsInMarket,
    ...(r.equity !== undefined && { equity: r.equity }),
  });
}

/**
 * Metrics of several strategies run on the same bars as one book: their trades in exit order, the
 * union of their trade dates, and the bars on which any of them is in the market.
 */
export function combinedMetrics(results: readonly BacktestResult[], startingEquity: number): RunMetrics {
  const trades = results.flatMap((r) => r.trades).sort((a, b) => a.exitTime - b.exitTime);
  const dates = new Set<number>();
  for (const r of results) for (const d of r.tradeDates) dates.add(d);
  const tradeDates = Int32Array.from([...dates].sort((a, b) => a - b));
  return metricsOf(trades, { startingEquity, tradeDates, bars: results[0]?.bars ?? 0 });
}
