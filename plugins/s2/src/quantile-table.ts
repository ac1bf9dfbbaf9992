import { S2_CONST } from "./constants.js";

/**
 * The adaptive |z| quantile of S2 (strategies reference §1.2), one cell per ET hour of one symbol
 * (the strategy state is per symbol already). Each cell starts at 2.0 and moves +0.02 when a bar's
 * |z| reaches it, −0.01 otherwise, clamped to [1.5, 3.5]: it settles near the |z| level that about a
 * third of the hour's bars reach.
 *
 * Causal and deterministic: `read` returns the value built from earlier bars only, and `update`
 * folds in a bar at most once (keyed by its timestamp, which only moves forward), so calling decide
 * twice on one bar, or replaying a run, gives the same table.
 */
export class QuantileTable {
  /**
   * The cells by ET hour. The screen folds a run's bars straight into them, in bar order (each bar
   * once, with `foldQuantile`'s rule restated inline, see screen.ts), and then records the last bar
   * with `foldedThrough`.
   */
  readonly cells = new Float64Array(24).fill(S2_CONST.quantileStart);
  private lastTime = Number.NEGATIVE_INFINITY;

  read(etHour: number): number {
    return this.cells[etHour] ?? S2_CONST.quantileStart;
  }

  /** Bars up to `time` were folded into `cells` directly (they must be later than any folded before). */
  foldedThrough(time: number): void {
    if (time > this.lastTime) this.lastTime = time;
  }

  /**
   * `read(etHour)` then `update(time, etHour, absZ)` in one step: the value the bar reads (built from
   * earlier bars), with the bar folded in after. The per-bar path of decide and of the screen.
   */
  readThenFold(time: number, etHour: number, absZ: number): number {
    const q = this.read(etHour);
    this.update(time, etHour, absZ);
    return q;
  }

  /** Folds bar `time`'s |z| into its hour's cell; a bar at or before the last one folded is ignored. */
  update(time: number, etHour: number, absZ: number): void {
    if (!(time > this.lastTime) || etHour < 0 || etHour > 23) return;
    this.lastTime = time;
    this.cells[etHour] = foldQuantile(this.cells[etHour] as number, absZ);
  }
}

const UP = S2_CONST.quantileUp;
const DOWN = -S2_CONST.quantileDown;
const MIN = S2_CONST.quantileMin;
const MAX = S2_CONST.quantileMax;

/** A cell after folding in a bar's |z|: +up when |z| reaches it, −down otherwise, clamped. */
export function foldQuantile(cur: number, absZ: number): number {
  // cur + (−down) is exactly cur − down (IEEE subtraction adds the negation); one add after a
  // select lets V8 skip a branch that |z| makes unpredictable.
  return Math.min(MAX, Math.max(MIN, cur + (absZ >= cur ? UP : DOWN)));
}
