export { drawdownCurve, type ReportRun, renderReportHtml } from "./html.js";
export { rounded, toJson } from "./metrics-json.js";
export { downsample, lineChart } from "./svg.js";
export { tradesCsv } from "./trades-csv.js";
