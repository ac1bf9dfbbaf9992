/**
 * Sum of the last `n` pushed values. A running sum alone drifts over millions of bars, so the sum is
 * recomputed from the ring every time the write position wraps (every n pushes): O(1) amortised,
 * and the error never exceeds that of n additions.
 */
export class RollingSum {
  readonly n: number;
  private readonly ring: Float64Array;
  private pos = 0;
  count = 0;
  sum = 0;

  constructor(n: number) {
    this.n = n;
    this.ring = new Float64Array(n);
  }

  push(x: number): void {
    const ring = this.ring;
    if (this.count === this.n) this.sum -= ring[this.pos]!;
    else this.count++;
    ring[this.pos] = x;
    this.sum += x;
    if (++this.pos === this.n) {
      this.pos = 0;
      let s = 0;
      for (let k = 0; k < this.n; k++) s += ring[k]!;
      this.sum = s;
    }
  }

  get full(): boolean {
    return this.count === this.n;
  }
}
