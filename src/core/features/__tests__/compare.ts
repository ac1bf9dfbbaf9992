// TEST-ONLY: comparison of feature columns to 1e-9 (relative above 1), NaN equal to NaN.
export const TOL = 1e-9;

/** Index of the first value differing by more than TOL·max(1, |b|), or −1. */
export function firstMismatch(a: ArrayLike<number>, b: ArrayLike<number>, from = 0): number {
  if (a.length !== b.length) return 0;
  for (let i = from; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    if (!(Math.abs(x - y) <= TOL * Math.max(1, Math.abs(y)))) return i;
  }
  return -1;
}
