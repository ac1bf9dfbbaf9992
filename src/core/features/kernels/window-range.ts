/**
 * High and low of the bars of the current trade date whose ET minute lies in [start, end): the
 * initial balance (09:30–10:30) or the opening range. NaN until the window's first bar of the trade
 * date; running extremes while the window is open; fixed after. Resets at each new trade date
 * (fixing the reference's never-reset ranges, D6-3/D11-3). Closed-time bars are ignored.
 */
export class WindowRange {
  private readonly start: number;
  private readonly end: number;
  private date = 0;
  high = Number.NaN;
  low = Number.NaN;

  constructor(startMinute: number, endMinute: number) {
    this.start = startMinute;
    this.end = endMinute;
  }

  step(tradeDate: number, session: number, etMinute: number, high: number, low: number): void {
    if (session < 0) return;
    if (tradeDate !== this.date) {
      this.date = tradeDate;
      this.high = Number.NaN;
      this.low = Number.NaN;
    }
    if (etMinute < this.start || etMinute >= this.end) return;
    if (!(high <= this.high)) this.high = high;
    if (!(low >= this.low)) this.low = low;
  }
}
