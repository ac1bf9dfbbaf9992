import { S2_CONST } from "./constants.js";

/**
 * The adaptive |z| quantile's values as whole hundredths (strategies reference §1.2: start 2.0, steps
 * +0.02 / −0.01, clamp [1.5, 3.5], all on a 0.01 grid). A cell holds the grid index k and reads as
 * `QUANTILE_VALUE[k]` (the double nearest k/100), so the quantile never drifts off the grid the way
 * repeated floating-point additions of 0.02 and 0.01 do, and a fold is a compare and one table read
 * instead of an add and two clamps on doubles (the screen's loops fold about 40 k bars per 90 days,
 * each step waiting on the one before).
 */
const GRID = 100;

function hundredths(name: keyof typeof S2_CONST): number {
  const v = S2_CONST[name] as number;
  const k = Math.round(v * GRID);
  // The constants are the reference's; a value off the grid would need another grid, not rounding.
  if (Math.abs(k / GRID - v) > 1e-12) throw new Error(`S2_CONST.${name} = ${v} is not on the 0.01 quantile grid`);
  return k;
}

export const QUANTILE_START = hundredths("quantileStart");
export const QUANTILE_UP = hundredths("quantileUp");
export const QUANTILE_DOWN = hundredths("quantileDown");
export const QUANTILE_MIN = hundredths("quantileMin");
export const QUANTILE_MAX = hundredths("quantileMax");

/** `QUANTILE_VALUE[k]` = k/100 for k in [0, QUANTILE_MAX]. */
export const QUANTILE_VALUE: Float64Array = (() => {
  const v = new Float64Array(QUANTILE_MAX + 1);
  for (let k = 0; k <= QUANTILE_MAX; k++) v[k] = k / GRID;
  return v;
})();

/**
 * The cell after a bar, by `2k + up` (up = 1 when the bar's |z| reaches the cell's value): k + up
 * step or k − down step, clamped. One table read, no branch.
 */
export const QUANTILE_NEXT: Int16Array = (() => {
  const next = new Int16Array(2 * (QUANTILE_MAX + 1));
  for (let k = 0; k <= QUANTILE_MAX; k++) {
    next[2 * k] = Math.max(QUANTILE_MIN, k - QUANTILE_DOWN);
    next[2 * k + 1] = Math.min(QUANTILE_MAX, k + QUANTILE_UP);
  }
  return next;
})();

/** The cell after folding in a bar's |z|: up when |z| reaches the cell's value, down otherwise, clamped. */
export function foldQuantile(k: number, absZ: number): number {
  return QUANTILE_NEXT[2 * k + +(absZ >= (QUANTILE_VALUE[k] as number))] as number;
}
