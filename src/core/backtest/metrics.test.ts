import { mean, sampleStandardDeviation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { annualizedSortino, dailyPnl } from "./daily.js";
import { computeMetrics, metricsBySession } from "./metrics.js";

const t = (pnl: number, tradeDate: number, side: "long" | "short" = "long", session = "RTH", risk?: number) => ({
  pnl,
  tradeDate,
  side,
  session,
  ...(risk !== undefined && { risk }),
  costs: 4.5,
});

describe("computeMetrics (hand-computed, cross-checked with simple-statistics)", () => {
  const trades = [
    t(100, 20260302, "long", "RTH", 50),
    t(-50, 20260302, "short", "Overnight", 50),
    t(200, 20260303, "short", "RTH"),
    t(-25, 20260304),
    t(0, 20260304),
  ];
  const m = computeMetrics(trades, { startingEquity: 50_000, totalBars: 100, barsInMarket: 25 });

  it("counts, rates and ratios", () => {
    expect(m).toMatchObject({
      trades: 5,
      longTrades: 3,
      shortTrades: 2,
      wins: 2,
      losses: 2,
      winRate: 0.4,
      grossProfit: 300,
      grossLoss: -75,
      avgWin: 150,
      avgLoss: -37.5,
      payoffRatio: 4,
      profitFactor: 4,
      expectancy: 45,
      expectancyR: 0.5,
      totalPnl: 225,
      totalCosts: 22.5,
      finalEquity: 50_225,
      maxDrawdown: 50,
      maxDrawdownPct: 0.1,
      days: 3,
      exposure: 0.25,
    });
  });

  it("daily Sharpe and Sortino over P&L by trade date (√252), per-trade Sharpe", () => {
    const daily = [50, 200, -25];
    expect(m.sharpe).toBeCloseTo((mean(daily) / sampleStandardDeviation(daily)) * Math.sqrt(252), 10);
    expect(m.sortino).toBeCloseTo((75 / Math.sqrt(625 / 3)) * Math.sqrt(252), 10);
    const pnl = trades.map((x) => x.pnl);
    expect(m.tradeSharpe).toBeCloseTo(mean(pnl) / sampleStandardDeviation(pnl), 12);
  });

  it("counts days without trades as 0 when the span's trade dates are given", () => {
    const d = dailyPnl(trades, [20260302, 20260303, 20260304, 20260305]);
    expect(Array.from(d.dates)).toEqual([20260302, 20260303, 20260304, 20260305]);
    expect(Array.from(d.pnl)).toEqual([50, 200, -25, 0]);
    const withZero = computeMetrics(trades, { tradeDates: d.dates });
    expect(withZero.sharpe).toBeCloseTo(
      (mean([50, 200, -25, 0]) / sampleStandardDeviation([50, 200, -25, 0])) * Math.sqrt(252),
      10,
    );
  });

  it("is direction-aware: a winning short is a win (the reference scored it as a loss)", () => {
    const short = computeMetrics([t((5000 - 4990) * 50, 20260302, "short")]);
    expect([short.wins, short.winRate, short.totalPnl]).toEqual([1, 1, 500]);
  });

  it("measures drawdown from the starting equity, so an opening loss streak counts in full", () => {
    const dd = computeMetrics([t(-100, 1), t(-100, 2), t(50, 3)], { startingEquity: 1000 });
    expect([dd.maxDrawdown, dd.maxDrawdownPct]).toEqual([200, 20]);
  });

  it("handles empty and one-sided lists without NaN surprises", () => {
    const none = computeMetrics([]);
    expect([none.trades, none.winRate, none.sharpe, none.profitFactor, none.expectancy, none.maxDrawdown]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(none.exposure).toBeNaN();
    const allWins = computeMetrics([t(10, 1), t(20, 2)]);
    expect([allWins.profitFactor, allWins.payoffRatio, allWins.sortino]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(annualizedSortino([-1, -1])).toBeCloseTo(-Math.sqrt(252), 12);
    expect(computeMetrics([t(-10, 1)]).payoffRatio).toBe(0);
  });

  it("breaks metrics down by the entry session", () => {
    const by = metricsBySession(trades);
    expect([by.RTH.trades, by.Overnight.trades, by.PostRTH.trades]).toEqual([4, 1, 0]);
    expect(by.Overnight.totalPnl).toBe(-50);
  });
});
