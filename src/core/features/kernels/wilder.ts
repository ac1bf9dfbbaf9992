/**
 * Wilder's smoothing: NaN for the first period − 1 inputs, then the mean of the first `period`
 * inputs, then avg·(1 − 1/period) + x·(1/period) (a multiply-add: no division on the chain). The
 * seed sum has at most `period` terms, and the recursion is a contraction, so no error accumulates.
 */
export class WilderAverage {
  readonly period: number;
  private readonly keep: number;
  private readonly weight: number;
  private n = 0;
  private seed = 0;
  value = Number.NaN;

  constructor(period: number) {
    this.period = period;
    this.keep = (period - 1) / period;
    this.weight = 1 / period;
  }

  push(x: number): number {
    if (this.n < this.period) {
      this.seed += x;
      if (++this.n === this.period) this.value = this.seed / this.period;
      return this.value;
    }
    this.value = this.value * this.keep + x * this.weight;
    return this.value;
  }
}
