/**
 * The last `n` finite values as a tally: their distinct values in ascending order, each with how many
 * copies the window holds. For series on a tick grid (true ranges) a 60-bar window holds only a
 * handful of distinct values, so a push touches one count in the common case and moves a few
 * distinct entries at most, where a sorted window moves every copy lying between the expired and the
 * new value. Ranks and quantiles read the same sorted contents as `SortedWindow` (equal values are
 * interchangeable), so they answer the very same numbers. Non-finite inputs take a slot in the
 * window but are not held, as in `SortedWindow`.
 */
export class TallyWindow {
  readonly n: number;
  private readonly ring: Float64Array;
  /** Distinct held values, ascending, in [0, distinct); counts[k] copies of values[k]. */
  private readonly values: Float64Array;
  private readonly counts: Int32Array;
  private distinct = 0;
  private pos = 0;
  private seen = 0;
  /** Finite values held. */
  size = 0;

  constructor(n: number) {
    this.n = n;
    this.ring = new Float64Array(n);
    this.values = new Float64Array(n);
    this.counts = new Int32Array(n);
  }

  push(x: number): void {
    let old = Number.NaN;
    if (this.seen === this.n) old = this.ring[this.pos]!;
    else this.seen++;
    this.ring[this.pos] = x;
    if (++this.pos === this.n) this.pos = 0;
    // The same value in and out leaves the tally as it is (common on a tick grid).
    if (old === x) return;
    // x − x is 0 exactly for finite x (NaN for NaN and ±Infinity): cheaper than Number.isFinite.
    if (old - old === 0 && x - x === 0) {
      // Common case in one pass: both values already held, old with more than one copy.
      const values = this.values;
      const counts = this.counts;
      const d = this.distinct;
      let ko = 0;
      let kx = 0;
      for (let j = 0; j < d; j++) {
        const v = values[j]!;
        ko += +(v < old);
        kx += +(v < x);
      }
      if (counts[ko]! > 1 && kx < d && values[kx] === x) {
        counts[ko]!--;
        counts[kx]!++;
        return;
      }
    }
    if (old - old === 0) this.remove(old);
    if (x - x === 0) this.insert(x);
  }

  /** Pushes `x` and returns how many held values are ≤ x (x itself included); 0 for a non-finite x. */
  pushCount(x: number): number {
    this.push(x);
    if (!(x - x === 0)) return 0;
    return this.countAtMost(x);
  }

  /** How many held values are ≤ t. */
  countAtMost(t: number): number {
    const values = this.values;
    const counts = this.counts;
    const d = this.distinct;
    let c = 0;
    for (let k = 0; k < d && values[k]! <= t; k++) c += counts[k]!;
    return c;
  }

  /**
   * The linear-interpolated quantile of a window holding `n` values at position lo + frac (as
   * `SortedWindow.quantileAt`): the lo-th and (lo+1)-th smallest held values (0-based), found from
   * the cumulative counts.
   */
  quantileAt(lo: number, frac: number): number {
    const values = this.values;
    const counts = this.counts;
    const d = this.distinct;
    // Branch-free: ka (kb) = distinct values whose cumulative count is ≤ lo (≤ lo + 1), i.e. the
    // index holding the lo-th (lo+1-th) smallest. A walk that stops there mispredicts its exit.
    let c = 0;
    let ka = 0;
    let kb = 0;
    for (let k = 0; k < d; k++) {
      c += counts[k]!;
      ka += +(c <= lo);
      kb += +(c <= lo + 1);
    }
    const a = values[ka]!;
    if (frac === 0) return a;
    return a + (values[kb]! - a) * frac;
  }

  /**
   * Index of the first distinct value ≥ x, counted without branches: with few distinct values, d
   * comparisons cost less than the mispredicted exit of a scan or the steps of a binary search.
   */
  private lowerBound(x: number): number {
    const values = this.values;
    const d = this.distinct;
    let k = 0;
    for (let j = 0; j < d; j++) k += +(values[j]! < x);
    return k;
  }

  private insert(x: number): void {
    const values = this.values;
    const counts = this.counts;
    const k = this.lowerBound(x);
    this.size++;
    if (k < this.distinct && values[k] === x) {
      counts[k]!++;
      return;
    }
    for (let j = this.distinct++; j > k; j--) {
      values[j] = values[j - 1]!;
      counts[j] = counts[j - 1]!;
    }
    values[k] = x;
    counts[k] = 1;
  }

  /** Removes one copy of `x`, which the window holds. */
  private remove(x: number): void {
    const values = this.values;
    const counts = this.counts;
    const k = this.lowerBound(x);
    this.size--;
    if (--counts[k]! > 0) return;
    const end = --this.distinct;
    for (let j = k; j < end; j++) {
      values[j] = values[j + 1]!;
      counts[j] = counts[j + 1]!;
    }
  }
}
