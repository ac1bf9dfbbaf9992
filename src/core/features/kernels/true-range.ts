/** True range of bar i: max(H−L, |H−prevC|, |L−prevC|); bar 0 has no previous close, so H−L. */
export function trueRange(high: Float64Array, low: Float64Array, close: Float64Array, i: number): number {
  const h = high[i]!;
  const l = low[i]!;
  if (i === 0) return h - l;
  const pc = close[i - 1]!;
  const a = h - l;
  const b = Math.abs(h - pc);
  const c = Math.abs(l - pc);
  return a > b ? Math.max(a, c) : Math.max(b, c);
}
