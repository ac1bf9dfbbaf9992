import { SESSION_NAMES } from "../../market-time/sessions.js";
import { drawdownCurve } from "../drawdown.js";
import type { BacktestResult } from "../engine.js";
import type { Metrics } from "../metrics.js";
import { lineChart } from "./svg.js";

export { drawdownCurve };

export interface ReportRun {
  readonly result: BacktestResult;
  readonly metrics: { readonly overall: Metrics; readonly bySession: Readonly<Record<string, Metrics>> };
  /** Where the bars came from (file, directory or "synthetic …"). */
  readonly source: string;
  /** Bar open times, for the chart's date labels. */
  readonly time: Float64Array;
}

const esc = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
const money = (x: number) =>
  Number.isFinite(x)
    ? x.toLocaleString("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2 })
    : "∞";
const fix = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : Number.isNaN(x) ? "–" : "∞");
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "–");
const day = (ms: number | undefined) => (ms === undefined ? "" : new Date(ms).toISOString().slice(0, 10));

function metricRows(m: Metrics): string {
  const rows: [string, string][] = [
    ["Trades (long / short)", `${m.trades} (${m.longTrades} / ${m.shortTrades})`],
    ["Win rate", pct(m.winRate)],
    ["Payoff ratio", fix(m.payoffRatio)],
    ["Profit factor", fix(m.profitFactor)],
    ["Expectancy / trade", money(m.expectancy)],
    ["Total P&L (net)", money(m.totalPnl)],
    ["Costs", money(m.totalCosts)],
    ["Max drawdown, closed trades", `${money(m.maxDrawdownClosed)} (${fix(m.maxDrawdownClosedPct)}% of start)`],
    [
      "Max drawdown, marked to market",
      Number.isNaN(m.maxDrawdownMtm)
        ? "–"
        : `${money(m.maxDrawdownMtm)} (${fix(m.maxDrawdownMtmPct)}% of start; the drawdown chart)`,
    ],
    ["Daily Sharpe / Sortino", `${fix(m.sharpe)} / ${fix(m.sortino)}`],
    ["Per-trade Sharpe", fix(m.tradeSharpe, 3)],
    ["Exposure", pct(m.exposure)],
    ["Trade dates", String(m.days)],
  ];
  return rows.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join("");
}

function sessionTable(by: Readonly<Record<string, Metrics>>): string {
  const head =
    "<tr><th>Session</th><th>Trades</th><th>Win rate</th><th>PF</th><th>P&amp;L</th><th>Max DD (closed trades)</th><th>Sharpe</th></tr>";
  const rows = SESSION_NAMES.map((s) => {
    const m = by[s];
    if (m === undefined) return "";
    return `<tr><td>${s}</td><td>${m.trades}</td><td>${pct(m.winRate)}</td><td>${fix(m.profitFactor)}</td><td>${money(m.totalPnl)}</td><td>${money(m.maxDrawdownClosed)}</td><td>${fix(m.sharpe)}</td></tr>`;
  }).join("");
  return `<table>${head}${rows}</table>`;
}

function tradeTable(run: ReportRun, max = 300): string {
  const trades = run.result.trades;
  const head =
    "<tr><th>#</th><th>Side</th><th>Qty</th><th>Entry (UTC)</th><th>Entry</th><th>Exit (UTC)</th><th>Exit</th><th>Reason</th><th>P&amp;L</th><th>Session</th></tr>";
  const rows = trades
    .slice(0, max)
    .map(
      (t, k) =>
        `<tr><td>${k + 1}</td><td>${t.side}</td><td>${t.qty}</td><td>${new Date(t.entryTime).toISOString().slice(0, 16)}</td><td>${fix(t.entryPrice)}</td><td>${new Date(t.exitTime).toISOString().slice(0, 16)}</td><td>${fix(t.exitPrice)}</td><td>${t.exitReason}</td><td class="${t.pnl >= 0 ? "up" : "down"}">${money(t.pnl)}</td><td>${t.session ?? ""}</td></tr>`,
    )
    .join("");
  const more = trades.length > max ? `<p>… ${trades.length - max} more trades in the CSV.</p>` : "";
  return `<table>${head}${rows}</table>${more}`;
}

function section(run: ReportRun): string {
  const r = run.result;
  const eq = r.equity ?? new Float64Array(0);
  const labels: [string, string] = [day(run.time[0]), day(run.time[run.time.length - 1])];
  const charts =
    eq.length > 0
      ? lineChart(eq, { title: "Equity ($, marked to each bar's close)", xLabels: labels }) +
        lineChart(
          drawdownCurve(eq, r.startingEquity),
          { title: "Drawdown ($, marked to market at each bar's close)", xLabels: labels },
          true,
        )
      : "<p>No equity curve recorded.</p>";
  return `<section><h2>${esc(r.strategy)} on ${esc(r.symbol)}</h2>
<p class="meta">${esc(run.source)} · ${r.bars.toLocaleString("en-US")} bars · parameters ${esc(r.parametersHash.slice(0, 12))} · start ${money(r.startingEquity)} → ${money(r.finalEquity)}</p>
<div class="grid"><table>${metricRows(run.metrics.overall)}</table><div>${charts}</div></div>
<h3>Per session (entry session)</h3>${sessionTable(run.metrics.bySession)}
<h3>Trades</h3>${tradeTable(run)}</section>`;
}

/** A self-contained HTML report: inline CSS and SVG, no scripts, no external assets. */
export function renderReportHtml(runs: readonly ReportRun[], title = "sessionkit backtest"): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}
th{background:#f6f8fa;text-align:left}.grid{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
.meta{color:#555}.up{color:#1a7f37}.down{color:#c0392b}section{margin-bottom:40px}
</style></head><body><h1>${esc(title)}</h1>
${runs.map(section).join("\n")}
</body></html>
`;
}
