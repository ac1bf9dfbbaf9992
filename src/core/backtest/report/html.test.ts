import { describe, expect, it } from "vitest";
import { barsFrom, type Ohlc } from "../../strategy/__tests__/bars-fixture.js";
import { Signal } from "../../strategy/signal.js";
import { noFeatures, scripted } from "../__tests__/scripted.js";
import { NO_COSTS } from "../costs.js";
import { runBacktest } from "../engine.js";
import { backtestMetrics } from "../result-metrics.js";
import { renderReportHtml } from "./html.js";

describe("HTML report", () => {
  it("names both drawdowns: the table's closed-trade and mark-to-market figures, the chart's basis", () => {
    const rows: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [100, 100.5, 99.5, 100],
      [99, 99.5, 98, 98.5],
      [99, 102.5, 99, 102],
    ];
    const { bars, labels } = barsFrom("2026-03-12T14:00:00Z", rows);
    const result = runBacktest(
      { strategy: scripted({ 0: Signal.long({ stop: 97, target: 102 }) }), bars, labels, features: noFeatures },
      { costs: NO_COSTS, schedule: false },
    );
    const html = renderReportHtml([{ result, metrics: backtestMetrics(result), source: "test", time: bars.time }]);
    expect(html).toContain("<th>Max drawdown, closed trades</th><td>$0.00 (0.00% of start)</td>");
    expect(html).toContain(
      "<th>Max drawdown, marked to market</th><td>$75.00 (0.15% of start; the drawdown chart)</td>",
    );
    expect(html).toContain("Drawdown ($, marked to market at each bar's close)");
    expect(html).toContain("<th>Max DD (closed trades)</th>");
  });
});
