/** The fields of a trade the metrics read (a ledger Trade, a journal row, or a test literal). */
export interface TradeLike {
  /** Net dollars (after costs). Signed by direction: a winning short is positive. */
  readonly pnl: number;
  /** Trade date (yyyymmdd) the P&L is booked to. */
  readonly tradeDate: number;
  readonly side?: "long" | "short";
  readonly session?: string | null;
  /** Initial risk in dollars, for R multiples; NaN or absent without a stop. */
  readonly risk?: number;
  readonly costs?: number;
}

export interface DailyPnl {
  /** Trade dates yyyymmdd, ascending. */
  readonly dates: Int32Array;
  readonly pnl: Float64Array;
}

/**
 * Net P&L per trade date (each trade is booked to its `tradeDate`). With `allDates` (every trade date
 * of the evaluated span), days without trades count as 0, which is what a daily Sharpe should see.
 */
export function dailyPnl(trades: readonly TradeLike[], allDates?: ArrayLike<number>): DailyPnl {
  const by = new Map<number, number>();
  if (allDates !== undefined) for (let k = 0; k < allDates.length; k++) by.set(allDates[k] as number, 0);
  for (const t of trades) by.set(t.tradeDate, (by.get(t.tradeDate) ?? 0) + t.pnl);
  const dates = Int32Array.from([...by.keys()].sort((a, b) => a - b));
  const pnl = Float64Array.from(dates, (d) => by.get(d) as number);
  return { dates, pnl };
}

/** √252 × mean / sample standard deviation; 0 with fewer than 2 values or no dispersion. */
export function annualizedSharpe(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let ss = 0;
  for (let k = 0; k < n; k++) ss += ((values[k] as number) - m) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  return sd > 0 ? (m / sd) * Math.sqrt(252) : 0;
}

/**
 * √252 × mean / downside deviation, the downside deviation being √(Σ min(0, x)² / n) against a
 * target of 0. No losing day: +Infinity when the mean is positive, else 0.
 */
export function annualizedSortino(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let dd = 0;
  for (let k = 0; k < n; k++) {
    const x = values[k] as number;
    if (x < 0) dd += x * x;
  }
  const d = Math.sqrt(dd / n);
  if (d > 0) return (m / d) * Math.sqrt(252);
  return m > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** mean / sample standard deviation of per-trade P&L (not annualised); 0 with < 2 trades or no dispersion. */
export function perTradeSharpe(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let ss = 0;
  for (let k = 0; k < n; k++) ss += ((values[k] as number) - m) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  return sd > 0 ? m / sd : 0;
}

export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return 0;
  let s = 0;
  for (let k = 0; k < n; k++) s += values[k] as number;
  return s / n;
}
