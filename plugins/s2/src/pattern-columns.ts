import type { BarHistory, BarLabels, Bars } from "sessionkit";
import { bearConfirm, bullConfirm, decelerating } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import { baseGatesPass, flooredSigma, zOf } from "./prefilter.js";

/** The largest ConfirmLookback the schema allows: deceleration runs are counted up to it. */
export const MAX_DECEL_RUN = 60;

/**
 * What S2 reads per bar that no parameter changes, for one dataset: the parameter-free gates, z, how
 * far back the move decelerates towards the session VWAP, and which reversal bars (at the 2σ bands)
 * it shows. They are worked out once per dataset with the very functions decide calls, then every run
 * over the dataset (each optimizer trial) reads them instead of re-reading the bars.
 */
export interface PatternColumns {
  /** 1 where the market is open and `baseGatesPass` holds. */
  readonly base: Uint8Array;
  /** `zOf(close, vwap, σ)`. */
  readonly z: Float64Array;
  /** The largest n ≤ 60 for which `decelerating(bars, vwap, n)` holds (monotone in n). */
  readonly decelRun: Uint8Array;
  /** Bit 0: the bullish reversal bar at VWAP − 2σ; bit 1: the bearish one at VWAP + 2σ. */
  readonly confirm: Uint8Array;
}

export const CONFIRM_BULL = 1;
export const CONFIRM_BEAR = 2;

// By the identity of what is read (bars, labels, then the VWAP and σ columns): a FeatureFrame hands
// every run the same column objects, so a trial finds them here; new data misses and computes.
type Level<K extends object, V> = WeakMap<K, V>;
const cache: Level<Bars, Level<BarLabels, Level<Float64Array, Level<Float64Array, PatternColumns>>>> = new WeakMap();

function level<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

export function patternColumns(
  bars: Bars,
  labels: BarLabels,
  vwap: Float64Array,
  sigma: Float64Array,
  historyAt: (i: number) => BarHistory,
): PatternColumns {
  const byLabels = level(cache, bars, () => new WeakMap());
  const byVwap = level(byLabels, labels, () => new WeakMap());
  const bySigma = level(byVwap, vwap, () => new WeakMap());
  return level(bySigma, sigma, () => computePatterns(bars, labels, vwap, sigma, historyAt));
}

function computePatterns(
  bars: Bars,
  labels: BarLabels,
  vwaps: Float64Array,
  sigmas: Float64Array,
  historyAt: (i: number) => BarHistory,
): PatternColumns {
  const n = bars.length;
  const base = new Uint8Array(n);
  const z = new Float64Array(n);
  const decelRun = new Uint8Array(n);
  const confirm = new Uint8Array(n);
  const closes = bars.close;
  const open = labels.open;
  for (let i = 0; i < n; i++) {
    const vwap = vwaps[i] as number;
    const rawSigma = sigmas[i] as number;
    base[i] = open[i] === 1 && baseGatesPass(i + 1, vwap, rawSigma) ? 1 : 0;
    z[i] = zOf(closes[i] as number, vwap, rawSigma);
    const b = historyAt(i);
    let run = 1;
    while (run < MAX_DECEL_RUN && decelerating(b, vwap, run + 1)) run++;
    decelRun[i] = run;
    const band = S2_CONST.confirmBandSigma * flooredSigma(rawSigma);
    confirm[i] = (bullConfirm(b, vwap - band) ? CONFIRM_BULL : 0) | (bearConfirm(b, vwap + band) ? CONFIRM_BEAR : 0);
  }
  return { base, z, decelRun, confirm };
}
