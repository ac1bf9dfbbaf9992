import type { BarHistory, Bars } from "sessionkit";
import { bearConfirm, bullConfirm, decelerating } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import { flooredSigma } from "./prefilter.js";

/** The largest ConfirmLookback the schema allows: deceleration runs are counted up to it. */
export const MAX_DECEL_RUN = 60;

/**
 * Parameter-free bar patterns of one dataset, per bar: how far back the move decelerates towards the
 * session VWAP, and which reversal bars (at the 2σ bands) it shows. They are worked out once per
 * dataset with the very functions decide calls, then every run over the dataset (each optimizer
 * trial) reads them instead of re-reading the bars.
 */
export interface PatternColumns {
  /** The largest n ≤ 60 for which `decelerating(bars, vwap, n)` holds (monotone in n). */
  readonly decelRun: Uint8Array;
  /** Bit 0: the bullish reversal bar at VWAP − 2σ; bit 1: the bearish one at VWAP + 2σ. */
  readonly confirm: Uint8Array;
}

export const CONFIRM_BULL = 1;
export const CONFIRM_BEAR = 2;

// By the identity of the columns read (bars, then the VWAP and σ columns): a FeatureFrame hands every
// run the same column objects, so a trial finds them here; new columns (new data) miss and compute.
const cache = new WeakMap<Bars, WeakMap<Float64Array, WeakMap<Float64Array, PatternColumns>>>();

export function patternColumns(
  bars: Bars,
  vwap: Float64Array,
  sigma: Float64Array,
  historyAt: (i: number) => BarHistory,
): PatternColumns {
  let byVwap = cache.get(bars);
  if (byVwap === undefined) {
    byVwap = new WeakMap();
    cache.set(bars, byVwap);
  }
  let bySigma = byVwap.get(vwap);
  if (bySigma === undefined) {
    bySigma = new WeakMap();
    byVwap.set(vwap, bySigma);
  }
  let cols = bySigma.get(sigma);
  if (cols === undefined) {
    cols = computePatterns(bars.length, vwap, sigma, historyAt);
    bySigma.set(sigma, cols);
  }
  return cols;
}

function computePatterns(
  n: number,
  vwaps: Float64Array,
  sigmas: Float64Array,
  historyAt: (i: number) => BarHistory,
): PatternColumns {
  const decelRun = new Uint8Array(n);
  const confirm = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const b = historyAt(i);
    const vwap = vwaps[i] as number;
    let run = 1;
    while (run < MAX_DECEL_RUN && decelerating(b, vwap, run + 1)) run++;
    decelRun[i] = run;
    const band = S2_CONST.confirmBandSigma * flooredSigma(sigmas[i] as number);
    confirm[i] = (bullConfirm(b, vwap - band) ? CONFIRM_BULL : 0) | (bearConfirm(b, vwap + band) ? CONFIRM_BEAR : 0);
  }
  return { decelRun, confirm };
}
