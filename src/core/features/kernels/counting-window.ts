/**
 * The last `n` values in arrival order, answering "how many are ≤ t" by a straight count. For a
 * rank alone this beats a sorted window: keeping values sorted moves every value between the
 * expired and the new one (about a third of the window on a smooth series) behind an unpredictable
 * search, where the count is `n` independent comparisons with no branch to mispredict. Non-finite
 * inputs take a slot (as NaN, which no comparison counts) and keep the window from being `full`.
 */
export class CountingWindow {
  readonly n: number;
  private readonly ring: Float64Array;
  private pos = 0;
  /** Slots holding no finite value (all of them before the first n pushes). */
  private missing: number;

  constructor(n: number) {
    this.n = n;
    this.ring = new Float64Array(n).fill(Number.NaN);
    this.missing = n;
  }

  push(x: number): void {
    const old = this.ring[this.pos]!;
    // x − x is 0 exactly for finite x (NaN for NaN and ±Infinity).
    if (!(old - old === 0)) this.missing--;
    if (x - x === 0) this.ring[this.pos] = x;
    else {
      this.ring[this.pos] = Number.NaN;
      this.missing++;
    }
    if (++this.pos === this.n) this.pos = 0;
  }

  /** True when the last n pushes were all finite. */
  get full(): boolean {
    return this.missing === 0;
  }

  /** Number of held finite values ≤ t. */
  countAtMost(t: number): number {
    const r = this.ring;
    const n = this.n;
    // Four independent counters, so consecutive comparisons do not wait on one another.
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    let j = 0;
    for (; j + 3 < n; j += 4) {
      c0 += +(r[j]! <= t);
      c1 += +(r[j + 1]! <= t);
      c2 += +(r[j + 2]! <= t);
      c3 += +(r[j + 3]! <= t);
    }
    for (; j < n; j++) c0 += +(r[j]! <= t);
    return c0 + c1 + c2 + c3;
  }
}
