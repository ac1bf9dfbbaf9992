import { RESUM_PUSHES } from "./rolling-sum.js";

/**
 * Mean and population variance of the last `n` values. Sums are kept of (x − shift), where `shift`
 * is reset to the window mean and both sums are recomputed on a ring wrap once ~RESUM_PUSHES values
 * went in (as RollingSum); this avoids the cancellation of Σx² − (Σx)²/n on prices near 7000 and
 * any long-run drift.
 */
export class RollingMoments {
  readonly n: number;
  private readonly ring: Float64Array;
  private pos = 0;
  private shift = 0;
  private s1 = 0;
  private s2 = 0;
  private wraps = 0;
  private readonly resumEvery: number;
  count = 0;

  constructor(n: number) {
    this.n = n;
    this.ring = new Float64Array(n);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / n));
  }

  push(x: number): void {
    const ring = this.ring;
    if (this.count === 0) this.shift = x;
    const d = x - this.shift;
    if (this.count === this.n) {
      const o = ring[this.pos]! - this.shift;
      this.s1 += d - o;
      this.s2 += d * d - o * o;
    } else {
      this.count++;
      this.s1 += d;
      this.s2 += d * d;
    }
    ring[this.pos] = x;
    if (++this.pos === this.n) {
      this.pos = 0;
      if (++this.wraps >= this.resumEvery) {
        this.wraps = 0;
        this.resum();
      }
    }
  }

  private resum(): void {
    const r = resumMoments(this.ring, this.count);
    this.shift = r[0]!;
    this.s1 = r[1]!;
    this.s2 = r[2]!;
  }

  get full(): boolean {
    return this.count === this.n;
  }

  mean(): number {
    return this.shift + this.s1 / this.count;
  }

  /**
   * Population variance (divide by the count), never negative. A result within rounding noise of
   * the second moment (≤ 1e−14 of it) is exactly 0, so a flat window reads σ = 0 as a direct
   * evaluation does, not a tiny σ that would blow up a z-score.
   */
  variance(): number {
    const c = this.count;
    const m = this.s1 / c;
    const second = this.s2 / c;
    const v = second - m * m;
    return v > 1e-14 * second ? v : 0;
  }
}

const RESUM_OUT = new Float64Array(3);

/**
 * The periodic exact re-summation of a moments window: [mean, Σ(x − mean), Σ(x − mean)²] over the first
 * `count` ring values. Shared by RollingMoments and the kernels that inline its push for speed (they run
 * this only once every ~RESUM_PUSHES bars). The result is a shared scratch array: read it at once.
 */
export function resumMoments(ring: Float64Array, count: number): Float64Array {
  let m = 0;
  for (let k = 0; k < count; k++) m += ring[k]!;
  m /= count;
  let s1 = 0;
  let s2 = 0;
  for (let k = 0; k < count; k++) {
    const e = ring[k]! - m;
    s1 += e;
    s2 += e * e;
  }
  RESUM_OUT[0] = m;
  RESUM_OUT[1] = s1;
  RESUM_OUT[2] = s2;
  return RESUM_OUT;
}
