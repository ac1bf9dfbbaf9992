import { RollingSum } from "./rolling-sum.js";

/**
 * Cutler RSI over the last `period` close-to-close changes: simple averages of gains and losses,
 * 100 when there is no loss. Losses are also counted, so "no loss" is exact and never depends on a
 * running sum returning to 0.
 */
export class CutlerRsi {
  private readonly gains: RollingSum;
  private readonly losses: RollingSum;
  private readonly lossCount: RollingSum;

  constructor(period: number) {
    this.gains = new RollingSum(period);
    this.losses = new RollingSum(period);
    this.lossCount = new RollingSum(period);
  }

  /** Feeds one change; returns the RSI once `period` changes are held, else NaN. */
  push(change: number): number {
    this.gains.push(Math.max(change, 0));
    this.losses.push(change > 0 ? 0 : -change);
    this.lossCount.push(change < 0 ? 1 : 0);
    if (!this.gains.full) return Number.NaN;
    if (this.lossCount.sum === 0) return 100;
    // avgGain/avgLoss = (gains/period)/(losses/period) = gains/losses.
    return 100 - 100 / (1 + this.gains.sum / this.losses.sum);
  }
}
