const DAY_MS = 86_400_000;

/** 0 = Sunday … 6 = Saturday for a civil date (1970-01-01 was a Thursday). */
function weekday(y: number, m: number, d: number): number {
  const days = Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
  return (((days + 4) % 7) + 7) % 7;
}

/**
 * Whether a trade date (yyyymmdd) lies in an equity-index roll week: in March, June, September or
 * December, within one day of the Thursday before the month's second Friday (Wednesday–Friday).
 * The reference tested the wall-clock UTC date with ±1.5 days; sessionkit uses the bar's trade date
 * (SPEC §5 "bar time everywhere"), and on whole trade dates ±1.5 days means the day before and after.
 */
export function isRollWeek(tradeDate: number): boolean {
  const y = Math.floor(tradeDate / 10_000);
  const m = Math.floor(tradeDate / 100) % 100;
  const d = tradeDate % 100;
  if (m % 3 !== 0 || m < 3) return false;
  const firstFriday = 1 + ((5 - weekday(y, m, 1) + 7) % 7);
  const rollThursday = firstFriday + 7 - 1;
  return Math.abs(d - rollThursday) <= 1;
}
