const SLOTS = 1440;
const SESSION_OPEN_MINUTE = 18 * 60;

/** Minute of the trade-date session: 0 at the 18:00 ET open, 930 at 09:30 ET. */
export function minuteOfSession(etMinute: number): number {
  // ET minutes are in [0, 1440): a conditional subtraction, not an integer division per bar.
  const m = etMinute - SESSION_OPEN_MINUTE;
  return m >= 0 && m < SLOTS ? m : (m + SLOTS) % SLOTS;
}

/**
 * Volume by minute of session over the last `days` trade dates (S6/S11 relative volume, fixing the
 * reference's never-fed baseline, D6-1). `baseline(slot)` answers from earlier trade dates only.
 * Each slot keeps a ring of `days` volumes and their sum, re-summed whenever its ring wraps.
 */
export class MinuteVolumeBaseline {
  readonly days: number;
  private readonly ring: Float64Array;
  private readonly pos: Int32Array;
  private readonly count: Int32Array;
  private readonly sum: Float64Array;
  private readonly lastDate: Int32Array;

  constructor(days: number) {
    this.days = days;
    this.ring = new Float64Array(SLOTS * days);
    this.pos = new Int32Array(SLOTS);
    this.count = new Int32Array(SLOTS);
    this.sum = new Float64Array(SLOTS);
    this.lastDate = new Int32Array(SLOTS);
  }

  /** Number of earlier trade dates in the slot's baseline and their mean volume (NaN when none). */
  priorDays(slot: number, tradeDate: number): number {
    return this.count[slot]! - (this.lastDate[slot] === tradeDate ? 1 : 0);
  }

  priorMean(slot: number, tradeDate: number): number {
    let n = this.count[slot]!;
    let s = this.sum[slot]!;
    if (this.lastDate[slot] === tradeDate) {
      // The DST fall-back hour repeats ET minutes: leave today's earlier bar out of its own baseline.
      s -= this.ring[slot * this.days + this.latest(slot)]!;
      n--;
    }
    return n > 0 ? s / n : Number.NaN;
  }

  /** Ring index of the slot's newest volume ((pos − 1) mod days, without a division). */
  private latest(slot: number): number {
    const p = this.pos[slot]!;
    return p === 0 ? this.days - 1 : p - 1;
  }

  /**
   * `volume / priorMean(slot, tradeDate)` when `priorDays(slot, tradeDate) ≥ need` (else NaN), then
   * `add(slot, tradeDate, volume)`: rvol's whole step with the same operations, reading the slot's
   * count, sum and date once instead of once per method.
   */
  relativeThenAdd(slot: number, tradeDate: number, volume: number, need: number): number {
    const n = this.count[slot]!;
    const s = this.sum[slot]!;
    if (this.lastDate[slot] === tradeDate) {
      // The DST fall-back hour repeats ET minutes: leave today's earlier bar out of its own baseline.
      const latest = slot * this.days + this.latest(slot);
      const today = this.ring[latest]!;
      const r = n - 1 >= need ? volume / (n - 1 > 0 ? (s - today) / (n - 1) : Number.NaN) : Number.NaN;
      this.ring[latest] = today + volume;
      this.sum[slot] = s + volume;
      return r;
    }
    const r = n >= need ? volume / (n > 0 ? s / n : Number.NaN) : Number.NaN;
    this.addDate(slot, tradeDate, volume);
    return r;
  }

  add(slot: number, tradeDate: number, volume: number): void {
    if (this.lastDate[slot] === tradeDate) {
      const latest = slot * this.days + this.latest(slot);
      this.ring[latest] = this.ring[latest]! + volume;
      this.sum[slot] = this.sum[slot]! + volume;
    } else this.addDate(slot, tradeDate, volume);
  }

  /** Starts the slot's entry for a trade date it has not seen yet. */
  private addDate(slot: number, tradeDate: number, volume: number): void {
    // The slot's sum and count in locals, each read and written once: the same additions in the
    // same order.
    const days = this.days;
    const ring = this.ring;
    const base = slot * days;
    this.lastDate[slot] = tradeDate;
    const p = this.pos[slot]!;
    let n = this.count[slot]!;
    let s = this.sum[slot]!;
    if (n === days) s -= ring[base + p]!;
    else this.count[slot] = ++n;
    ring[base + p] = volume;
    s += volume;
    const next = p + 1 === days ? 0 : p + 1;
    this.pos[slot] = next;
    if (next === 0) {
      s = 0;
      for (let k = 0; k < n; k++) s += ring[base + k]!;
    }
    this.sum[slot] = s;
  }
}
