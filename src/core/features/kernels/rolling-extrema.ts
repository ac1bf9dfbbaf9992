/**
 * Maximum (or minimum) of the last `n` values with a monotonic deque: O(1) amortised per push, no
 * allocation. Stores sequence numbers so expiry needs no search.
 */
export class RollingExtremum {
  readonly n: number;
  private readonly sign: number;
  private readonly vals: Float64Array;
  private readonly seqs: Float64Array;
  private head = 0;
  private size = 0;
  private seq = 0;

  /** `kind` "max" keeps the largest value, "min" the smallest. */
  constructor(n: number, kind: "max" | "min") {
    this.n = n;
    this.sign = kind === "max" ? 1 : -1;
    this.vals = new Float64Array(n + 1);
    this.seqs = new Float64Array(n + 1);
  }

  push(x: number): void {
    const cap = this.n + 1;
    const v = this.sign * x;
    // Drop from the back every value the new one dominates (indices wrap without a division).
    while (this.size > 0) {
      let back = this.head + this.size - 1;
      if (back >= cap) back -= cap;
      if (this.vals[back]! <= v) this.size--;
      else break;
    }
    let at = this.head + this.size;
    if (at >= cap) at -= cap;
    this.vals[at] = v;
    this.seqs[at] = this.seq;
    this.size++;
    // Expire the front once it left the window.
    if (this.seqs[this.head]! <= this.seq - this.n) {
      if (++this.head === cap) this.head = 0;
      this.size--;
    }
    this.seq++;
  }

  value(): number {
    return this.size === 0 ? Number.NaN : this.sign * this.vals[this.head]!;
  }
}
