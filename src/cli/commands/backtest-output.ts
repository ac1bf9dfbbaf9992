import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BacktestResult } from "../../core/backtest/engine.js";
import type { Metrics } from "../../core/backtest/metrics.js";
import { type ReportRun, renderReportHtml, rounded, toJson, tradesCsv } from "../../core/backtest/report/index.js";
import type { RunMetrics } from "../../core/backtest/result-metrics.js";
import { SESSION_NAMES } from "../../core/market-time/sessions.js";
import type { BacktestSettings } from "./backtest-settings.js";

export interface StrategyRun extends ReportRun {
  readonly metrics: RunMetrics;
  /** Equity, size, costs and intrabar rule the run was simulated with. */
  readonly settings: BacktestSettings;
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : Number.isNaN(x) ? "-" : "inf");
const usd = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "-");

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, k) => (k === 0 ? c.padEnd(widths[k] as number) : c.padStart(widths[k] as number))).join("  ");
}

/** The human summary: one line per strategy and session, fixed-width columns. */
export function summaryTable(runs: readonly StrategyRun[]): string {
  // Max drawdown twice: on closed trades (what the validator and monitor read) and marked to market
  // bar by bar (the report's chart; "-" per session, which has no equity curve of its own).
  const head = [
    "strategy/session",
    "trades",
    "win%",
    "PF",
    "payoff",
    "net P&L",
    "DD closed",
    "DD%",
    "DD MTM",
    "MTM%",
    "Sharpe",
    "Sortino",
  ];
  const widths = [20, 7, 6, 6, 7, 12, 10, 6, 10, 6, 7, 8];
  const line = (name: string, m: Metrics) =>
    row(
      [
        name,
        String(m.trades),
        (m.winRate * 100).toFixed(1),
        f2(m.profitFactor),
        f2(m.payoffRatio),
        usd(m.totalPnl),
        usd(m.maxDrawdownClosed),
        f2(m.maxDrawdownClosedPct),
        usd(m.maxDrawdownMtm),
        f2(m.maxDrawdownMtmPct),
        f2(m.sharpe),
        f2(m.sortino),
      ],
      widths,
    );
  const out: string[] = [];
  for (const r of runs) {
    const res = r.result;
    out.push(
      `${res.strategy} on ${res.symbol}: ${r.source}, ${res.bars} bars, start $${res.startingEquity} -> $${usd(res.finalEquity)}`,
    );
    out.push(row(head, widths));
    out.push(line(res.strategy, r.metrics.overall));
    for (const s of SESSION_NAMES) {
      const m = r.metrics.bySession[s];
      if (m !== undefined && m.trades > 0) out.push(line(`  ${s}`, m));
    }
    out.push("");
  }
  return out.join("\n");
}

/** The JSON a script reads: the run's figures without the per-bar equity curve. */
export function runJson(r: StrategyRun): Record<string, unknown> {
  const res: BacktestResult = r.result;
  return {
    strategy: res.strategy,
    symbol: res.symbol,
    source: r.source,
    bars: res.bars,
    trades: res.trades.length,
    startingEquity: res.startingEquity,
    finalEquity: res.finalEquity,
    parametersHash: res.parametersHash,
    skippedEntries: res.skippedEntries,
    settings: r.settings,
    ...metricsJson(r.metrics),
  };
}

/** `metrics`, per-session `sessions` and the `daily` P&L by trade date, rounded for stable files. */
export function metricsJson(m: RunMetrics): Record<string, unknown> {
  return { metrics: rounded(m.overall), sessions: rounded(m.bySession), daily: rounded(m.daily) };
}

/** Writes `<STRATEGY>.trades.csv`, `<STRATEGY>.metrics.json` and `report.html` into `dir`; returns the paths. */
export function writeReports(dir: string, runs: readonly StrategyRun[]): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const r of runs) {
    const base = join(dir, r.result.strategy);
    writeFileSync(`${base}.trades.csv`, tradesCsv(r.result.trades));
    writeFileSync(`${base}.metrics.json`, `${toJson(runJson(r), 2)}\n`);
    written.push(`${base}.trades.csv`, `${base}.metrics.json`);
  }
  const html = join(dir, "report.html");
  writeFileSync(html, renderReportHtml(runs));
  written.push(html);
  return written;
}
