import { mean, sampleStandardDeviation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { barsFrom, type Ohlc } from "../strategy/__tests__/bars-fixture.js";
import { Signal } from "../strategy/signal.js";
import { noFeatures, scripted } from "./__tests__/scripted.js";
import { NO_COSTS } from "./costs.js";
import { annualizedSortino, dailyPnl } from "./daily.js";
import { drawdownCurve, maxDrawdownOf } from "./drawdown.js";
import { runBacktest } from "./engine.js";
import { computeMetrics, metricsBySession } from "./metrics.js";
import { backtestMetrics } from "./result-metrics.js";

/** One ES trade through the engine, no costs: decided on bar 0, filled at bar 1's open. */
function engineRun(rows: readonly Ohlc[], signal: Signal) {
  const { bars, labels } = barsFrom("2026-03-12T14:00:00Z", rows);
  return runBacktest(
    { strategy: scripted({ 0: signal }), bars, labels, features: noFeatures },
    { costs: NO_COSTS, schedule: false },
  );
}

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
      maxDrawdownClosed: 50,
      maxDrawdownClosedPct: 0.1,
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

  it("is direction-aware: a short scored from its entry and exit prices and side wins when price falls", () => {
    // the engine books the P&L from side × (exit − entry): short filled at 100 (bar 1's open), target 98
    const rows: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [100, 100.5, 99.5, 100],
      [99.5, 99.75, 97.75, 98],
    ];
    const r = engineRun(rows, Signal.short({ stop: 101, target: 98 }));
    expect(r.trades[0]).toMatchObject({ side: "short", entryPrice: 100, exitPrice: 98, exitReason: "target" });
    const short = computeMetrics(r.trades);
    // the reference scored (exit − entry) for every trade: a 2-point winning short as a $100 loss
    expect([short.wins, short.losses, short.winRate, short.totalPnl, short.shortTrades]).toEqual([1, 0, 1, 100, 1]);
    // the same prices long lose: −2 points
    const long = computeMetrics(engineRun(rows, Signal.long({ stop: 98, target: 101 })).trades);
    expect([long.wins, long.losses, long.totalPnl]).toEqual([0, 1, -100]);
  });

  it("measures drawdown from the starting equity, so an opening loss streak counts in full", () => {
    const dd = computeMetrics([t(-100, 1), t(-100, 2), t(50, 3)], { startingEquity: 1000 });
    expect([dd.maxDrawdownClosed, dd.maxDrawdownClosedPct]).toEqual([200, 20]);
    expect([dd.maxDrawdownMtm, dd.maxDrawdownMtmPct]).toEqual([Number.NaN, Number.NaN]);
    // only the unambiguous names: closed-trade and mark-to-market
    expect(Object.keys(dd)).not.toContain("maxDrawdown");
  });

  it("measures the mark-to-market drawdown on the per-bar equity, open trades included", () => {
    expect(maxDrawdownOf([50_000, 49_900, 50_100, 49_800, 50_000], 50_000)).toBe(300);
    expect(Array.from(drawdownCurve([50_000, 49_900, 50_100, 49_800, 50_000], 50_000))).toEqual([
      0, -100, 0, -300, -100,
    ]);
    expect(maxDrawdownOf([49_000, 49_500], 50_000)).toBe(1000);
    // a long filled at 100 marked at 98.5 (−$75) before its target at 102 (+$100): no closed-trade drawdown
    const r = engineRun(
      [
        [100, 100.5, 99.5, 100],
        [100, 100.5, 99.5, 100],
        [99, 99.5, 98, 98.5],
        [99, 102.5, 99, 102],
      ],
      Signal.long({ stop: 97, target: 102 }),
    );
    expect(r.trades[0]).toMatchObject({ exitReason: "target", pnl: 100 });
    const m = backtestMetrics(r).overall;
    expect([m.maxDrawdownClosed, m.maxDrawdownMtm, m.maxDrawdownMtmPct]).toEqual([0, 75, 0.15]);
    const all = backtestMetrics(r);
    expect(all.bySession.RTH.maxDrawdownMtm).toBeNaN();
    // per session: the bars its trades held, over all bars, so the sessions add up to the run's figure
    const sessions = Object.values(all.bySession).map((x) => x.exposure);
    expect(sessions.reduce((a, b) => a + b, 0)).toBeCloseTo(m.exposure, 12);
    expect(m.exposure).toBeGreaterThan(0);
    expect(all.daily.map((d) => d.pnl).reduce((a, b) => a + b, 0)).toBeCloseTo(m.totalPnl, 9);
  });

  it("handles empty and one-sided lists without NaN surprises", () => {
    const none = computeMetrics([]);
    expect([
      none.trades,
      none.winRate,
      none.sharpe,
      none.profitFactor,
      none.expectancy,
      none.maxDrawdownClosed,
    ]).toEqual([0, 0, 0, 0, 0, 0]);
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
