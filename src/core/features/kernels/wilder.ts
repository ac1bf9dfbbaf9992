/**
 * Wilder's smoothing: NaN for the first period − 1 inputs, then the mean of the first `period`
 * inputs, then avg += (x − avg)/period. The seed sum has at most `period` terms, and the recursion
 * is a contraction, so no error accumulates.
 */
export class WilderAverage {
  readonly period: number;
  private n = 0;
  private seed = 0;
  value = Number.NaN;

  constructor(period: number) {
    this.period = period;
  }

  push(x: number): number {
    if (this.n < this.period) {
      this.seed += x;
      if (++this.n === this.period) this.value = this.seed / this.period;
      return this.value;
    }
    this.value += (x - this.value) / this.period;
    return this.value;
  }
}
