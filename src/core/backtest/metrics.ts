import { SESSION_NAMES, type SessionName } from "../market-time/sessions.js";
import { annualizedSharpe, annualizedSortino, dailyPnl, perTradeSharpe, type TradeLike } from "./daily.js";
import { maxDrawdownOf } from "./drawdown.js";

/**
 * The one definition of performance (SPEC §6), shared by backtest, trainer, validator and monitor.
 * Everything is in dollars of net P&L, so direction is built in: a winning short is a win.
 * Ratios with an empty denominator are +Infinity when the numerator is positive, else 0
 * (JSON writers print them as null).
 */
export interface Metrics {
  readonly trades: number;
  readonly longTrades: number;
  readonly shortTrades: number;
  readonly wins: number;
  readonly losses: number;
  /** wins / trades (a 0-P&L trade is neither). */
  readonly winRate: number;
  readonly grossProfit: number;
  /** Sum of losing trades (≤ 0). */
  readonly grossLoss: number;
  readonly avgWin: number;
  /** Mean losing trade (≤ 0). */
  readonly avgLoss: number;
  /** avgWin / |avgLoss|. */
  readonly payoffRatio: number;
  /** grossProfit / |grossLoss|. */
  readonly profitFactor: number;
  /** Mean net P&L per trade, dollars (= total / trades). */
  readonly expectancy: number;
  /** Mean P&L / initial risk over trades with a stop; NaN when none had one. */
  readonly expectancyR: number;
  readonly totalPnl: number;
  readonly totalCosts: number;
  readonly startingEquity: number;
  readonly finalEquity: number;
  /**
   * Closed-trade max drawdown, dollars: the largest fall of equity after each closed trade from its
   * running peak, the peak starting at the starting equity. Needs trades only (trainer, validator,
   * monitor), and misses the excursions inside a trade.
   */
  readonly maxDrawdownClosed: number;
  /** maxDrawdownClosed as a percentage of the starting equity (0–100+). */
  readonly maxDrawdownClosedPct: number;
  /**
   * Mark-to-market max drawdown, dollars: the same over the per-bar equity marked to each bar's close
   * (open trades included, `BacktestResult.equity`, what the report's drawdown chart shows); NaN when
   * no equity curve was given (`MetricsOptions.equity`).
   */
  readonly maxDrawdownMtm: number;
  /** maxDrawdownMtm as a percentage of the starting equity; NaN without an equity curve. */
  readonly maxDrawdownMtmPct: number;
  /** Daily Sharpe: daily net P&L by trade date, √252 × mean / sample sd. */
  readonly sharpe: number;
  readonly sortino: number;
  /** Per-trade Sharpe (mean / sample sd of trade P&L, not annualised). */
  readonly tradeSharpe: number;
  /** Trade dates in the daily series. */
  readonly days: number;
  /** Fraction of bars with an open position; NaN when the bar counts are not given. */
  readonly exposure: number;
}

export interface MetricsOptions {
  readonly startingEquity?: number;
  /** Every trade date of the evaluated span (days without trades count as 0 in the daily series). */
  readonly tradeDates?: ArrayLike<number>;
  readonly totalBars?: number;
  readonly barsInMarket?: number;
  /** Per-bar equity marked to market (BacktestResult.equity), for maxDrawdownMtm. */
  readonly equity?: ArrayLike<number>;
}

const ratio = (num: number, den: number): number => (den > 0 ? num / den : num > 0 ? Number.POSITIVE_INFINITY : 0);

/** Metrics of a list of trades in exit order. */
export function computeMetrics(trades: readonly TradeLike[], opts: MetricsOptions = {}): Metrics {
  const start = opts.startingEquity ?? 50_000;
  const n = trades.length;
  const pnl = new Float64Array(n);
  let wins = 0;
  let losses = 0;
  let gp = 0;
  let gl = 0;
  let longs = 0;
  let costs = 0;
  let rSum = 0;
  let rN = 0;
  let equity = start;
  let peak = start;
  let maxDd = 0;
  for (let k = 0; k < n; k++) {
    const t = trades[k] as TradeLike;
    const x = t.pnl;
    pnl[k] = x;
    if (x > 0) {
      wins++;
      gp += x;
    } else if (x < 0) {
      losses++;
      gl += x;
    }
    if (t.side === "long") longs++;
    costs += t.costs ?? 0;
    if (t.risk !== undefined && t.risk > 0) {
      rSum += x / t.risk;
      rN++;
    }
    equity += x;
    if (equity > peak) peak = equity;
    if (peak - equity > maxDd) maxDd = peak - equity;
  }
  const total = gp + gl;
  const avgWin = wins > 0 ? gp / wins : 0;
  const avgLoss = losses > 0 ? gl / losses : 0;
  const daily = dailyPnl(trades, opts.tradeDates);
  const mtm = opts.equity === undefined ? Number.NaN : maxDrawdownOf(opts.equity, start);
  return {
    trades: n,
    longTrades: longs,
    shortTrades: trades.filter((t) => t.side === "short").length,
    wins,
    losses,
    winRate: n > 0 ? wins / n : 0,
    grossProfit: gp,
    grossLoss: gl,
    avgWin,
    avgLoss,
    payoffRatio: wins > 0 ? ratio(avgWin, -avgLoss) : 0,
    profitFactor: ratio(gp, -gl),
    expectancy: n > 0 ? total / n : 0,
    expectancyR: rN > 0 ? rSum / rN : Number.NaN,
    totalPnl: total,
    totalCosts: costs,
    startingEquity: start,
    finalEquity: start + total,
    maxDrawdownClosed: maxDd,
    maxDrawdownClosedPct: (maxDd / start) * 100,
    maxDrawdownMtm: mtm,
    maxDrawdownMtmPct: (mtm / start) * 100,
    sharpe: annualizedSharpe(daily.pnl),
    sortino: annualizedSortino(daily.pnl),
    tradeSharpe: perTradeSharpe(pnl),
    days: daily.dates.length,
    exposure:
      opts.totalBars !== undefined && opts.barsInMarket !== undefined && opts.totalBars > 0
        ? opts.barsInMarket / opts.totalBars
        : Number.NaN,
  };
}

/** Metrics per intraday session of the entry (Overnight, RTH, PostRTH), on that session's trades only. */
export function metricsBySession(
  trades: readonly TradeLike[],
  opts: Omit<MetricsOptions, "totalBars" | "barsInMarket"> = {},
): Record<SessionName, Metrics> {
  const out = {} as Record<SessionName, Metrics>;
  for (const s of SESSION_NAMES) {
    out[s] = computeMetrics(
      trades.filter((t) => t.session === s),
      opts,
    );
  }
  return out;
}
