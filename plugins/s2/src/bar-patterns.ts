import type { BarHistory } from "sessionkit";
import { S2_CONST } from "./constants.js";

/**
 * Pure reads of the recent bars behind S2's entry conditions (strategies reference §1.2, §1.5).
 * `k` counts bars back from the decision bar (0 = the decision bar). Nothing allocates.
 */

/** Lowest low of the last `n` bars (decision bar included). */
export function lowestLow(b: BarHistory, n: number): number {
  let lo = Number.POSITIVE_INFINITY;
  const m = Math.min(n, b.length);
  for (let k = 0; k < m; k++) lo = Math.min(lo, b.low(k));
  return lo;
}

/** Highest high of the last `n` bars (decision bar included). */
export function highestHigh(b: BarHistory, n: number): number {
  let hi = Number.NEGATIVE_INFINITY;
  const m = Math.min(n, b.length);
  for (let k = 0; k < m; k++) hi = Math.max(hi, b.high(k));
  return hi;
}

/** Volume of up bars (C > O) over volume of down bars (C < O) in the last 10 bars; 1.5 with no down volume. */
export function volumeImbalance(b: BarHistory): number {
  let up = 0;
  let down = 0;
  const m = Math.min(S2_CONST.imbalanceBars, b.length);
  for (let k = 0; k < m; k++) {
    const c = b.close(k);
    const o = b.open(k);
    if (c > o) up += b.volume(k);
    else if (c < o) down += b.volume(k);
  }
  return down > 0 ? up / down : S2_CONST.imbalanceNoDown;
}

/**
 * The most recent swing high (a High strictly above the Highs of the two bars on each side) among
 * the last 48 bars, NaN when there is none. Candidates are k = 2 … 47, so both neighbours exist.
 */
export function lastSwingHigh(b: BarHistory): number {
  const maxK = Math.min(S2_CONST.pivotWindow - 1, b.length - 3);
  for (let k = 2; k <= maxK; k++) {
    const h = b.high(k);
    if (h > b.high(k - 1) && h > b.high(k - 2) && h > b.high(k + 1) && h > b.high(k + 2)) return h;
  }
  return Number.NaN;
}

/** The most recent swing low, mirroring `lastSwingHigh`; NaN when there is none. */
export function lastSwingLow(b: BarHistory): number {
  const maxK = Math.min(S2_CONST.pivotWindow - 1, b.length - 3);
  for (let k = 2; k <= maxK; k++) {
    const l = b.low(k);
    if (l < b.low(k - 1) && l < b.low(k - 2) && l < b.low(k + 1) && l < b.low(k + 2)) return l;
  }
  return Number.NaN;
}

/**
 * Deceleration: over the last `n` closes the distance |C − VWAP| (in σ of the current VWAP, so σ
 * cancels) never grows from one bar to the next. n < 2 always passes.
 */
export function decelerating(b: BarHistory, vwap: number, n: number): boolean {
  return decelerationRun(b, vwap, n) === n;
}

/**
 * How many of the last closes, up to `max`, decelerate towards `vwap`: the first k ≥ 1 at which
 * |C(k−1) − VWAP| > |C(k) − VWAP| (the distance grew into bar k−1), or `max` when none does within
 * `max` bars (or the series). `decelerating(b, vwap, n)` is `decelerationRun(b, vwap, n) === n`.
 */
export function decelerationRun(b: BarHistory, vwap: number, max: number): number {
  const m = Math.min(max, b.length);
  for (let k = 1; k < m; k++) if (movedAway(b.close(k - 1), b.close(k), vwap)) return k;
  return max;
}

/** How many of the last `n` closes lie strictly above (`side` +1) or below (−1) `level`. */
export function closesBeyond(b: BarHistory, level: number, n: number, side: number): number {
  let count = 0;
  const m = Math.min(n, b.length);
  for (let k = 0; k < m; k++) if (side * (b.close(k) - level) > 0) count++;
  return count;
}

/** Bullish confirmation: engulfing, hammer (on a bar with range), or a reclaim of the lower band (`band` = VWAP − 2σ). */
export function bullConfirm(b: BarHistory, band: number): boolean {
  return bullReversal(b.open(0), b.high(0), b.low(0), b.close(0), b.open(1), b.close(1), b.low(1), band);
}

/** Bearish confirmation: engulfing, shooting star (on a bar with range), or a rejection of the upper band (VWAP + 2σ). */
export function bearConfirm(b: BarHistory, band: number): boolean {
  return bearReversal(b.open(0), b.high(0), b.low(0), b.close(0), b.open(1), b.close(1), b.high(1), band);
}

// The rules themselves, on values: the history functions above and the dataset's pattern columns
// (pattern-columns.ts) fetch the values their own way and share these.

/** `bullConfirm` on the bar's o/h/l/c and the previous bar's open, close and low (NaN before the series). */
export function bullReversal(
  o: number,
  h: number,
  l: number,
  c: number,
  o1: number,
  c1: number,
  l1: number,
  band: number,
): boolean {
  const r = h - l;
  // Every comparison, combined bitwise: the same answer as the && / || chain (none has side effects),
  // without its data-dependent branches (the pattern columns run this on every bar).
  const engulf = +(c > o1) & +(o < c1) & +(c > o);
  const hammer = +(r > 0) & +(c >= o) & +(o - l >= 0.5 * r) & +(h - c <= 0.3 * r);
  const reclaim = +(l1 <= band) & +(c > band);
  return (engulf | hammer | reclaim) !== 0;
}

/** `bearConfirm` on the bar's o/h/l/c and the previous bar's open, close and high (NaN before the series). */
export function bearReversal(
  o: number,
  h: number,
  l: number,
  c: number,
  o1: number,
  c1: number,
  h1: number,
  band: number,
): boolean {
  const r = h - l;
  const engulf = +(c < o1) & +(o > c1) & +(c < o);
  const star = +(r > 0) & +(c <= o) & +(h - o >= 0.5 * r) & +(c - l <= 0.3 * r);
  const reject = +(h1 >= band) & +(c < band);
  return (engulf | star | reject) !== 0;
}

/** The deceleration rule for one step: the newer close is farther from `vwap` than the older one. */
export function movedAway(newer: number, older: number, vwap: number): boolean {
  return Math.abs(newer - vwap) > Math.abs(older - vwap);
}
