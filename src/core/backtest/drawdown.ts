/**
 * Drawdown of an equity series, the running peak starting at the starting equity (so a loss from the
 * very first bar or trade counts in full). One definition for the metric and the report's chart.
 */

/** Equity minus its running peak at each point (≤ 0). */
export function drawdownCurve(equity: ArrayLike<number>, start: number): Float64Array {
  const dd = new Float64Array(equity.length);
  let peak = start;
  for (let i = 0; i < equity.length; i++) {
    const e = equity[i] as number;
    if (e > peak) peak = e;
    dd[i] = e - peak;
  }
  return dd;
}

/** The largest fall of `equity` from its running peak, in dollars (≥ 0). */
export function maxDrawdownOf(equity: ArrayLike<number>, start: number): number {
  let peak = start;
  let max = 0;
  for (let i = 0; i < equity.length; i++) {
    const e = equity[i] as number;
    if (e > peak) peak = e;
    else if (peak - e > max) max = peak - e;
  }
  return max;
}
