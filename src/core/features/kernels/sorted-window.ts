/**
 * The last `n` finite values kept sorted, for rolling ranks and quantiles with no allocation:
 * each bar removes the expired value and inserts the new one by shifting only the elements between
 * their two positions (a plain loop: typed-array copyWithin costs far more for windows this small). Non-finite inputs take a slot in
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
    let old = Number.NaN;
    if (this.seen === this.n) old = this.ring[this.pos]!;
    else this.seen++;
    this.ring[this.pos] = x;
    if (++this.pos === this.n) this.pos = 0;
    const oldIn = Number.isFinite(old);
    const newIn = Number.isFinite(x);
    if (oldIn && newIn) this.replace(old, x);
    else if (oldIn) this.remove(old);
    else if (newIn) this.insert(x);
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

  /** First index holding a value ≥ x (x is held, so it is there). */
  private indexOf(x: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insert(x: number): void {
    const s = this.sorted;
    let k = this.size++;
    while (k > 0 && s[k - 1]! > x) {
      s[k] = s[k - 1]!;
      k--;
    }
    s[k] = x;
  }

  private remove(x: number): void {
    const s = this.sorted;
    const end = --this.size;
    for (let k = this.indexOf(x); k < end; k++) s[k] = s[k + 1]!;
  }

  /** Removes `old` and inserts `x`, moving only the elements between the two positions. */
  private replace(old: number, x: number): void {
    const s = this.sorted;
    let k = this.indexOf(old);
    if (x >= old) {
      while (k + 1 < this.size && s[k + 1]! < x) {
        s[k] = s[k + 1]!;
        k++;
      }
    } else {
      while (k > 0 && s[k - 1]! > x) {
        s[k] = s[k - 1]!;
        k--;
      }
    }
    s[k] = x;
  }
}
