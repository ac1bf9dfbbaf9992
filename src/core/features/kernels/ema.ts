/** Exponential average with α = 2/(period+1), seeded with the first input (x·α + prev·(1−α), as trading-signals). */
export class Ema {
  private readonly k: number;
  private started = false;
  value = Number.NaN;

  constructor(period: number) {
    this.k = 2 / (period + 1);
  }

  push(x: number): number {
    if (!this.started) {
      this.started = true;
      this.value = x;
    } else {
      this.value = x * this.k + this.value * (1 - this.k);
    }
    return this.value;
  }
}
