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
    const vals = this.vals;
    const seqs = this.seqs;
    const head = this.head;
    let size = this.size;
    // Drop from the back every value the new one dominates (indices wrap without a division).
    let back = head + size - 1;
    if (back >= cap) back -= cap;
    while (size > 0 && vals[back]! <= v) {
      size--;
      back = back === 0 ? cap - 1 : back - 1;
    }
    let at = head + size;
    if (at >= cap) at -= cap;
    vals[at] = v;
    const seq = this.seq;
    seqs[at] = seq;
    size++;
    // Expire the front once it left the window.
    if (seqs[head]! <= seq - this.n) {
      this.head = head + 1 === cap ? 0 : head + 1;
      size--;
    }
    this.size = size;
    this.seq = seq + 1;
  }

  value(): number {
    return this.size === 0 ? Number.NaN : this.sign * this.vals[this.head]!;
  }
}
