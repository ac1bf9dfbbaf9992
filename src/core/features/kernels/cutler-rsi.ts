import { positivePart } from "./branch-free.js";
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

  /**
   * Feeds the changes of bars [from, to) of `close` (bar i's change is close[i] − close[i−1]; bar 0
   * has none) and writes each bar's RSI to out[i − shift], `fill` while fewer than `period` changes
   * are held or for a non-finite result. The running sums stay in locals over the range (an object
   * field carried from bar to bar goes through memory each time) and are stored back at the end.
   */
  run(close: Float64Array, out: Float64Array, from: number, to: number, shift: number, fill: number): void {
    const n = this.n;
    const gr = this.gainRing;
    const lr = this.lossRing;
    const flags = this.lossFlags;
    let p = this.pos;
    let count = this.count;
    let gains = this.gains;
    let losses = this.losses;
    let lossCount = this.lossCount;
    let wraps = this.wraps;
    const resumEvery = this.resumEvery;
    for (let i = from; i < to; i++) {
      if (i < 1) {
        out[i - shift] = fill;
        continue;
      }
      const change = close[i]! - close[i - 1]!;
      // Branch-free: up and down bars alternate at random, so a branch here (Math.max is one)
      // mispredicts half the time.
      const gain = positivePart(change);
      const loss = positivePart(-change);
      const lost = +(change < 0);
      if (count === n) {
        gains -= gr[p]!;
        losses -= lr[p]!;
        lossCount -= flags[p]!;
      } else count++;
      gr[p] = gain;
      lr[p] = loss;
      flags[p] = lost;
      gains += gain;
      losses += loss;
      lossCount += lost;
      if (++p === n) {
        p = 0;
        if (++wraps >= resumEvery) {
          // Exact re-summation (as RollingSum), so the running sums never drift; into locals, since
          // a value read back from an object field can make V8 box the sums on every bar.
          wraps = 0;
          gains = 0;
          losses = 0;
          for (let k = 0; k < n; k++) {
            gains += gr[k]!;
            losses += lr[k]!;
          }
        }
      }
      // avgGain/avgLoss = (gains/period)/(losses/period) = gains/losses.
      // 100 − 100/(1 + gains/losses) as 100·gains/(gains + losses): one division instead of two.
      const v = count !== n ? Number.NaN : lossCount === 0 ? 100 : (100 * gains) / (gains + losses);
      // Two stores, not a select with the fill parameter (see BOXING in contract.ts).
      if (v - v === 0) out[i - shift] = v;
      else out[i - shift] = fill;
    }
    this.pos = p;
    this.count = count;
    this.gains = gains;
    this.losses = losses;
    this.lossCount = lossCount;
    this.wraps = wraps;
  }
}
