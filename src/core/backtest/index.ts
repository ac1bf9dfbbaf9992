export { type CostModel, DEFAULT_COSTS, NO_COSTS } from "./costs.js";
export {
  annualizedSharpe,
  annualizedSortino,
  type DailyPnl,
  dailyPnl,
  perTradeSharpe,
  type TradeLike,
} from "./daily.js";
export { type BacktestInput, type BacktestResult, runBacktest } from "./engine.js";
export { computeMetrics, type Metrics, type MetricsOptions, metricsBySession } from "./metrics.js";
export type { BacktestOptions, FlattenMode, SizingRule } from "./options.js";
export { type FeatureColumnSource, registryColumns, strategyParamSet } from "./prepare.js";
export { drawdownCurve, type ReportRun, renderReportHtml, toJson, tradesCsv } from "./report/index.js";
export { backtestMetrics, combinedMetrics, type RunMetrics } from "./result-metrics.js";
export type { ExitReason, Trade } from "./trade.js";
