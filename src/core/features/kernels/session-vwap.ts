/**
 * Session-anchored VWAP and its volume-weighted population σ of the typical price (SPEC §5, S2):
 * anchored at the trade-date open (18:00 ET) for Overnight bars and at 09:30 ET for RTH and PostRTH
 * bars. Volumes weigh as max(0, v). Sums are kept relative to the anchor's first typical price so
 * σ does not suffer from cancellation; they restart at every anchor, so nothing drifts.
 * Bars in closed market time (session −1) stay with the current anchor.
 */
export class SessionVwap {
  private anchor = -1;
  private started = false;
  private shift = 0;
  private sv = 0;
  private s1 = 0;
  private s2 = 0;
  vwap = Number.NaN;
  sigma = Number.NaN;

  step(tradeDate: number, session: number, high: number, low: number, close: number, volume: number): void {
    const tp = (high + low + close) / 3;
    const a = session >= 0 ? tradeDate * 2 + (session >= 1 ? 1 : 0) : this.anchor;
    if (a !== this.anchor || !this.started) {
      this.anchor = a;
      this.started = true;
      this.shift = tp;
      this.sv = 0;
      this.s1 = 0;
      this.s2 = 0;
    }
    const w = Math.max(volume, 0);
    const d = tp - this.shift;
    this.sv += w;
    this.s1 += w * d;
    this.s2 += w * d * d;
    if (this.sv > 0) {
      const m = this.s1 / this.sv;
      const v = this.s2 / this.sv - m * m;
      this.vwap = this.shift + m;
      this.sigma = Math.sqrt(Math.max(v, 0));
    } else {
      this.vwap = Number.NaN;
      this.sigma = Number.NaN;
    }
  }
}
