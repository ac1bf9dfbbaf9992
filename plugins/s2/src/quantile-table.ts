import { foldQuantile, QUANTILE_START, QUANTILE_VALUE } from "./quantile-grid.js";

/**
 * The adaptive |z| quantile of S2 (strategies reference §1.2), one cell per ET hour of one symbol
 * (the strategy state is per symbol already). Each cell starts at 2.0 and moves +0.02 when a bar's
 * |z| reaches it, −0.01 otherwise, clamped to [1.5, 3.5]: it settles near the |z| level that about a
 * third of the hour's bars reach. Cells hold whole hundredths (quantile-grid.ts), so values stay
 * exactly on the reference's 0.01 grid.
 *
 * Causal and deterministic: `read` returns the value built from earlier bars only, and `update`
 * folds in a bar at most once (keyed by its timestamp, which only moves forward), so calling decide
 * twice on one bar, or replaying a run, gives the same table.
 */
export class QuantileTable {
  /**
   * The cells by ET hour, as grid indices (hundredths). The screen folds a run's bars straight into
   * them, in bar order (each bar once, with the grid's tables, see screen-scan.ts), and then records
   * the last bar with `foldedThrough`.
   */
  readonly cells = new Int16Array(24).fill(QUANTILE_START);
  private lastTime = Number.NEGATIVE_INFINITY;

  read(etHour: number): number {
    return QUANTILE_VALUE[this.cells[etHour] ?? QUANTILE_START] as number;
  }

  /** Bars up to `time` were folded into `cells` directly (they must be later than any folded before). */
  foldedThrough(time: number): void {
    if (time > this.lastTime) this.lastTime = time;
  }

  /**
   * `read(etHour)` then `update(time, etHour, absZ)` in one step: the value the bar reads (built from
   * earlier bars), with the bar folded in after. The per-bar path of decide.
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
