/**
 * The true range of bar i by the plain formula, max(H−L, |H−prevC|, |L−prevC|) with Math.max (a NaN
 * H − L with infinite other terms gives the larger of those); bar 0 has no previous close: H − L.
 * The oracle the kernels' branch-free version is held to.
 */
export function plainTrueRange(high: Float64Array, low: Float64Array, close: Float64Array, i: number): number {
  const h = high[i]!;
  const l = low[i]!;
  if (i === 0) return h - l;
  const pc = close[i - 1]!;
  const a = h - l;
  const b = Math.abs(h - pc);
  const c = Math.abs(l - pc);
  return a > b ? Math.max(a, c) : Math.max(b, c);
}
