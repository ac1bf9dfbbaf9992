import { SessionVwapKernel } from "./session-vwap-kernel.js";

/**
 * `SessionVwapKernel` with `pd.vwap` read in the same pass: one typical price and weight per bar for
 * both VWAPs (a pass of its own cost about as much again as the session VWAP's). The previous date's
 * VWAP keeps its own sums, relative to each trade date's first typical price, and fixes a date when
 * the next one starts (NaN if it had no volume); closed-time bars (trade date 0) stay with the current
 * date. Both parts run the same operations as alone, so the same values. A loop of its own rather than
 * a flag in the session loop: the per-bar test of a flag cost more than the pass it saves. `pd.vwap`
 * alone runs its own pass (prior-day-vwap.ts), the same operations again.
 */
export class SessionPriorVwapKernel extends SessionVwapKernel {
  private date = 0;
  private dateShift = 0;
  private dateSv = 0;
  private dateS1 = 0;
  private prev = Number.NaN;

  /** VWAP, σ and previous-date VWAP of bars [from, to) into vOut[i − vs], sOut[i − ss], pOut[i − ps]. */
  protected override step(
    from: number,
    to: number,
    vOut: Float64Array,
    vs: number,
    sOut: Float64Array,
    ss: number,
    pOut: Float64Array,
    ps: number,
  ): void {
    const b = this.src.bars;
    const l = this.src.labels;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const volume = b.volume;
    const dates = l.tradeDate;
    const sessions = l.session;
    let anchor = this.anchor;
    let started = this.started;
    let origin = this.shift;
    let sv = this.sv;
    let s1 = this.s1;
    let s2 = this.s2;
    let date = this.date;
    let dateOrigin = this.dateShift;
    let dateSv = this.dateSv;
    let dateS1 = this.dateS1;
    let prev = this.prev;
    let i = from;
    while (i < to) {
      // A run of bars with bar i's trade date and session (as SessionVwapKernel): the anchor and
      // the trade date change at most at its first bar, so both are settled before the sums loop.
      // The date is rolled before bar i's session sums rather than after: neither reads the other.
      const session = sessions[i]!;
      const td = dates[i]!;
      let end = i + 1;
      while (end < to && dates[end] === td && sessions[end] === session) end++;
      const a = session >= 0 ? td * 2 + (session >= 1 ? 1 : 0) : anchor;
      const first = (high[i]! + low[i]! + close[i]!) / 3;
      if (a !== anchor || !started) {
        anchor = a;
        started = true;
        origin = first;
        sv = 0;
        s1 = 0;
        s2 = 0;
      }
      if (td !== 0 && td !== date) {
        if (date !== 0) prev = dateSv > 0 ? dateOrigin + dateS1 / dateSv : Number.NaN;
        date = td;
        dateOrigin = first;
        dateSv = 0;
        dateS1 = 0;
      }
      // The previous date's VWAP holds for the whole run: written as one run, not a store per bar
      // in the sums loop (S2's three outputs 1.15 → 1.13 ms per 86 k bars, alternating). TypedArray#fill
      // for long runs; live, a plain loop for the one bar (the builtin call costs more).
      if (end - i > 32) pOut.fill(prev, i - ps, end - ps);
      else for (let j = i; j < end; j++) pOut[j - ps] = prev;
      for (; i < end; i++) {
        const tp = (high[i]! + low[i]! + close[i]!) / 3;
        // max(v, 0) and max(0, v) (pd.vwap's own order) agree for every v, −0 and NaN included.
        const w = Math.max(volume[i]!, 0);
        const d = tp - origin;
        sv += w;
        s1 += w * d;
        s2 += w * d * d;
        if (sv > 0) {
          // One division for both moments (as SessionVwapKernel).
          const inverse = 1 / sv;
          const mean = s1 * inverse;
          const v = s2 * inverse - mean * mean;
          vOut[i - vs] = origin + mean;
          sOut[i - ss] = Math.sqrt(Math.max(v, 0));
        } else {
          vOut[i - vs] = Number.NaN;
          sOut[i - ss] = Number.NaN;
        }
        dateSv += w;
        dateS1 += w * (tp - dateOrigin);
      }
    }
    this.anchor = anchor;
    this.started = started;
    this.shift = origin;
    this.sv = sv;
    this.s1 = s1;
    this.s2 = s2;
    this.date = date;
    this.dateShift = dateOrigin;
    this.dateSv = dateSv;
    this.dateS1 = dateS1;
    this.prev = prev;
  }
}
