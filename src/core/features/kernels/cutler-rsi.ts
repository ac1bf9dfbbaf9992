import { RESUM_PUSHES } from "./rolling-sum.js";

/**
 * Cutler RSI over the last `period` close-to-close changes: simple averages of gains and losses,
 * 100 when there is no loss. Losses are also counted, so "no loss" is exact and never depends on a
 * running sum returning to 0.
 *
 * The gain and loss sums are two RollingSums that share one write position (they are always pushed
 * together): the same operations in the same order as separate RollingSums, so the same values,
 * with the ring bookkeeping done once. The loss count is an integer, exact in any order.
 */
export class CutlerRsi {
  readonly n: number;
  private readonly gainRing: Float64Array;
  private readonly lossRing: Float64Array;
  private readonly lossFlags: Uint8Array;
  private readonly resumEvery: number;
  private pos = 0;
  private wraps = 0;
  private count = 0;
  private gains = 0;
  private losses = 0;
  private lossCount = 0;

  constructor(period: number) {
    this.n = period;
    this.gainRing = new Float64Array(period);
    this.lossRing = new Float64Array(period);
    this.lossFlags = new Uint8Array(period);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / period));
  }

  /** Feeds one change; returns the RSI once `period` changes are held, else NaN. */
  push(change: number): number {
    const gain = Math.max(change, 0);
    const loss = change > 0 ? 0 : -change;
    const lost = change < 0 ? 1 : 0;
    const p = this.pos;
    const gr = this.gainRing;
    const lr = this.lossRing;
    if (this.count === this.n) {
      this.gains -= gr[p]!;
      this.losses -= lr[p]!;
      this.lossCount -= this.lossFlags[p]!;
    } else this.count++;
    gr[p] = gain;
    lr[p] = loss;
    this.lossFlags[p] = lost;
    this.gains += gain;
    this.losses += loss;
    this.lossCount += lost;
    if (p + 1 === this.n) {
      this.pos = 0;
      if (++this.wraps >= this.resumEvery) {
        this.wraps = 0;
        this.resum();
      }
    } else this.pos = p + 1;
    if (this.count !== this.n) return Number.NaN;
    if (this.lossCount === 0) return 100;
    // avgGain/avgLoss = (gains/period)/(losses/period) = gains/losses.
    return 100 - 100 / (1 + this.gains / this.losses);
  }

  /** Exact re-summation (as RollingSum), so the running sums never drift. */
  private resum(): void {
    let g = 0;
    let l = 0;
    for (let k = 0; k < this.n; k++) {
      g += this.gainRing[k]!;
      l += this.lossRing[k]!;
    }
    this.gains = g;
    this.losses = l;
  }
}
