/**
 * Per-trade-date high/low bookkeeping (SPEC §1: a trade date opens 18:00 ET the evening before). Keeps
 * the running extremes of the current trade date and the ranges (high − low) of the last `days`
 * **completed** trade dates. Bars labelled closed (tradeDate 0) stay with the current date.
 */
export class TradeDateRanges {
  readonly days: number;
  private readonly ranges: Float64Array;
  private pos = 0;
  private sum = 0;
  completed = 0;
  currentDate = 0;
  high = Number.NEGATIVE_INFINITY;
  low = Number.POSITIVE_INFINITY;
  /** Extremes and last close of the previous completed trade date (NaN before one completed). */
  prevHigh = Number.NaN;
  prevLow = Number.NaN;
  prevClose = Number.NaN;
  /** Close of the last bar fed (the current trade date's close so far). */
  lastClose = Number.NaN;

  constructor(days: number) {
    this.days = days;
    this.ranges = new Float64Array(days);
  }

  /** Feeds bar i's trade date and prices; returns true when a new trade date started at this bar. */
  step(tradeDate: number, high: number, low: number, close: number): boolean {
    let rolled = false;
    if (tradeDate !== 0 && tradeDate !== this.currentDate) {
      if (this.currentDate !== 0) this.complete();
      this.currentDate = tradeDate;
      this.high = high;
      this.low = low;
      rolled = true;
    } else {
      if (high > this.high) this.high = high;
      if (low < this.low) this.low = low;
    }
    this.lastClose = close;
    return rolled;
  }

  private complete(): void {
    this.prevHigh = this.high;
    this.prevLow = this.low;
    this.prevClose = this.lastClose;
    this.ranges[this.pos] = this.high - this.low;
    this.pos = (this.pos + 1) % this.days;
    if (this.completed < this.days) this.completed++;
    // At most `days` values: re-sum directly, so no running error accumulates.
    let s = 0;
    for (let k = 0; k < this.completed; k++) s += this.ranges[k]!;
    this.sum = s;
  }

  /** Mean range of the completed trade dates held (up to `days`), NaN when none completed yet. */
  averageRange(): number {
    return this.completed === 0 ? Number.NaN : this.sum / this.completed;
  }
}
