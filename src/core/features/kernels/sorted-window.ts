/**
 * The last `n` finite values kept sorted (binary search + copyWithin), for rolling ranks and
 * quantiles in O(log n + n) memmove per bar with no allocation. Non-finite inputs take a slot in
 * the window but are not ranked.
 */
export class SortedWindow {
  readonly n: number;
  private readonly ring: Float64Array;
  private readonly sorted: Float64Array;
  private pos = 0;
  private seen = 0;
  size = 0;

  constructor(n: number) {
    this.n = n;
    this.ring = new Float64Array(n);
    this.sorted = new Float64Array(n);
  }

  push(x: number): void {
    if (this.seen === this.n) {
      const old = this.ring[this.pos]!;
      if (Number.isFinite(old)) this.remove(old);
    } else this.seen++;
    this.ring[this.pos] = x;
    if (++this.pos === this.n) this.pos = 0;
    if (Number.isFinite(x)) this.insert(x);
  }

  /** Number of held values ≤ x. */
  countAtMost(x: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Linear-interpolated quantile (numpy's default): position q·(size − 1). */
  quantile(q: number): number {
    if (this.size === 0) return Number.NaN;
    const at = q * (this.size - 1);
    const lo = Math.floor(at);
    const frac = at - lo;
    const a = this.sorted[lo]!;
    return frac === 0 ? a : a + (this.sorted[lo + 1]! - a) * frac;
  }

  private insert(x: number): void {
    const at = this.countAtMost(x);
    this.sorted.copyWithin(at + 1, at, this.size);
    this.sorted[at] = x;
    this.size++;
  }

  private remove(x: number): void {
    // First index holding a value ≥ x; x is held, so it is there.
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    this.sorted.copyWithin(lo, lo + 1, this.size);
    this.size--;
  }
}
