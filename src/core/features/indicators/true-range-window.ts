import type { FeatureSource } from "../contract.js";
import { runTickQuantiles } from "../kernels/tick-quantiles.js";
import { TickTally } from "../kernels/tick-tally.js";
import { type TrueRangeColumn, trueRangeColumn } from "../kernels/true-range-column.js";
import type { RangeKernel } from "../shared-kernel.js";

/**
 * Ranks and quantiles of the true range over one window (`rank.tr`, `quantile.tr`), any number of
 * them per bar. True ranges sit on the tick grid with a handful of distinct values per window, so
 * the window is a `TickTally`: a push is two count updates, and each quantile reads the order
 * statistic at its position lo + frac in a full window (fixed) from a cursor that moves a step or
 * two per bar. The values are the sorted window's: rank = share of held values ≤ the
 * current one, quantile = linear interpolation between the lo-th and (lo+1)-th smallest.
 */
export class TrueRangeWindowKernel implements RangeKernel {
  private readonly w: TickTally;
  /** Per output: 1 for a rank, else 0 with the cursor of its lo-th smallest and its frac. */
  private readonly isRank: Uint8Array;
  private readonly cursor: Int32Array;
  private readonly frac: Float64Array;
  private readonly trs: TrueRangeColumn;
  private readonly fastPath: boolean;

  constructor(
    src: FeatureSource,
    private readonly window: number,
    /** Per output: NaN for a rank, else the quantile q. */
    qs: Float64Array,
  ) {
    const orders: number[] = [];
    const cursor = (order: number): number => {
      const k = orders.indexOf(order);
      return k >= 0 ? k : orders.push(order) - 1;
    };
    this.isRank = Uint8Array.from(qs, (q) => (Number.isNaN(q) ? 1 : 0));
    const at = Float64Array.from(qs, (q) => (Number.isNaN(q) ? 0 : q * (window - 1)));
    this.frac = Float64Array.from(at, (a) => a - Math.floor(a));
    this.cursor = Int32Array.from(at, (a) => cursor(Math.floor(a)));
    this.w = new TickTally(window, orders);
    // Quantiles only, cursor k belonging to output k alone (no two at one order): `runTickQuantiles`.
    this.fastPath =
      qs.length <= 2 && !qs.some(Number.isNaN) && orders.length === qs.length && this.cursor.every((c, k) => c === k);
    this.trs = trueRangeColumn(src);
  }

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const w = this.w;
    const window = this.window;
    const m = this.isRank.length;
    const isRank = this.isRank;
    const cursors = this.cursor;
    const fracs = this.frac;
    const trs = this.trs.upTo(to);
    // One or two quantiles, each with its own cursor: the tally's steady-state loop takes every row
    // it can; the rest (warm-up, non-finite or off-grid values) go through the general steps below.
    const fast = m <= 2 && this.fastPath;
    const out1 = m === 2 ? outs[1]! : null;
    for (let i = from; i < to; i++) {
      if (fast) {
        i = runTickQuantiles(w, trs, i, to, shift, fracs[0]!, outs[0]!, m === 2 ? fracs[1]! : 0, out1);
        if (i === to) break;
      }
      const x = trs[i]!;
      w.push(x);
      // Answered for a full window only (a non-finite value is not held, so it is never full then).
      if (w.size !== window || !(x - x === 0)) {
        for (let k = 0; k < m; k++) outs[k]![i - shift] = Number.NaN;
        continue;
      }
      for (let k = 0; k < m; k++) {
        if (isRank[k] === 1) {
          outs[k]![i - shift] = w.countAtMost(x) / window;
          continue;
        }
        outs[k]![i - shift] = w.quantile(cursors[k]!, fracs[k]!);
      }
    }
  }
}
