/** Pushes between exact re-summations (at most; at least one window). */
export const RESUM_PUSHES = 1024;

/**
 * Sum of the last `n` pushed values. A running sum alone drifts over millions of bars, so the sum is
 * recomputed from the ring on a wrap of the write position once at least RESUM_PUSHES values went
 * in since the last re-sum: O(1) amortised, and the error never exceeds that of ~1000 additions.
 */
export class RollingSum {
  readonly n: number;
  private readonly ring: Float64Array;
  private pos = 0;
  private wraps = 0;
  private readonly resumEvery: number;
  count = 0;
  sum = 0;

  constructor(n: number) {
    this.n = n;
    this.ring = new Float64Array(n);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / n));
  }

  push(x: number): void {
    const ring = this.ring;
    if (this.count === this.n) this.sum -= ring[this.pos]!;
    else this.count++;
    ring[this.pos] = x;
    this.sum += x;
    if (++this.pos === this.n) {
      this.pos = 0;
      if (++this.wraps < this.resumEvery) return;
      this.wraps = 0;
      let s = 0;
      for (let k = 0; k < this.n; k++) s += ring[k]!;
      this.sum = s;
    }
  }

  get full(): boolean {
    return this.count === this.n;
  }
}
