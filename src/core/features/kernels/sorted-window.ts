/**
 * The last `n` finite values kept sorted, for rolling ranks and quantiles with no allocation:
 * each bar removes the expired value and inserts the new one by shifting only the elements between
 * their two positions (a plain loop: typed-array copyWithin costs far more for windows this small).
 * Non-finite inputs take a slot in the window but are not ranked.
 *
 * Equal values are interchangeable, so which copy of the expired value is removed does not change
 * the sorted contents: a move up starts from its last copy and a move down from its first, which
 * skips every tie (prices and true ranges on a tick grid repeat a lot). `pushCount` moves past ties
 * of the new value instead, so its final position is the rank and no second search is needed.
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
    const old = this.rotate(x);
    // x − x is 0 exactly for finite x (NaN for NaN and ±Infinity): cheaper than Number.isFinite.
    const oldIn = old - old === 0;
    if (x - x === 0) {
      if (oldIn) this.replace(old, x);
      else this.insertFrom(this.size++, x);
    } else if (oldIn) this.remove(old);
  }

  /**
   * Pushes `x` and returns how many held values are ≤ x (x itself included); 0 for a non-finite x.
   * Same contents as `push`; the count falls out of where x is written.
   */
  pushCount(x: number): number {
    const old = this.rotate(x);
    const s = this.sorted;
    const oldIn = old - old === 0;
    if (!(x - x === 0)) {
      if (oldIn) this.remove(old);
      return 0;
    }
    let k: number;
    if (oldIn) {
      k = this.lowerBound(old);
      const size = this.size;
      if (x >= old) {
        while (k + 1 < size && s[k + 1]! <= x) {
          s[k] = s[k + 1]!;
          k++;
        }
        s[k] = x;
        // Every value after k is > x.
        return k + 1;
      }
    } else k = this.size++;
    k = this.insertFrom(k, x);
    // Values before k are ≤ x, values after it were > x, except ties of x met on a fresh insert
    // (they stop the walk down, so they sit before k) — none can follow.
    return k + 1;
  }

  /** Number of held values ≤ x. */
  countAtMost(x: number): number {
    const s = this.sorted;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= x) lo = mid + 1;
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

  /**
   * `quantile(q)` for a full window, with q's position lo + frac (lo = ⌊q·(n − 1)⌋) worked out once
   * by the caller instead of on every bar.
   */
  quantileAt(lo: number, frac: number): number {
    const a = this.sorted[lo]!;
    return frac === 0 ? a : a + (this.sorted[lo + 1]! - a) * frac;
  }

  /** Stores x in the ring; returns the value it expires (NaN while the window fills). */
  private rotate(x: number): number {
    let old = Number.NaN;
    if (this.seen === this.n) old = this.ring[this.pos]!;
    else this.seen++;
    this.ring[this.pos] = x;
    if (++this.pos === this.n) this.pos = 0;
    return old;
  }

  /** First index holding a value ≥ x. */
  private lowerBound(x: number): number {
    const s = this.sorted;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Writes x at slot k (free) after moving the larger values before it up one; returns x's index. */
  private insertFrom(k: number, x: number): number {
    const s = this.sorted;
    while (k > 0 && s[k - 1]! > x) {
      s[k] = s[k - 1]!;
      k--;
    }
    s[k] = x;
    return k;
  }

  private remove(x: number): void {
    const s = this.sorted;
    const end = --this.size;
    for (let k = this.lowerBound(x); k < end; k++) s[k] = s[k + 1]!;
  }

  /** Removes `old` and inserts `x`, moving only the values strictly between the two. */
  private replace(old: number, x: number): void {
    const s = this.sorted;
    if (x > old) {
      // Last copy of old: the index before the first value > old.
      let lo = 0;
      let hi = this.size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (s[mid]! <= old) lo = mid + 1;
        else hi = mid;
      }
      let k = lo - 1;
      const size = this.size;
      while (k + 1 < size && s[k + 1]! < x) {
        s[k] = s[k + 1]!;
        k++;
      }
      s[k] = x;
    } else if (x < old) this.insertFrom(this.lowerBound(old), x);
  }
}
