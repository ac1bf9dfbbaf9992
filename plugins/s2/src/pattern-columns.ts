import type { Bars } from "sessionkit";
import { bearReversal, bullReversal, movedAway } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import { flooredSigma } from "./prefilter.js";

/** The largest ConfirmLookback the schema allows: deceleration runs are counted up to it. */
export const MAX_DECEL_RUN = 60;

/**
 * What S2 reads per bar that no parameter changes and costs more than a few reads, for one dataset:
 * how far back the move decelerates towards the session VWAP, and which reversal bars (at the 2σ
 * bands) it shows. They are worked out once per dataset with the rules decide calls, then every run over the
 * dataset (each optimizer trial) reads them instead of re-reading the bars.
 */
export interface PatternColumns {
  /** `decelerationRun(bars, vwap, 60)`: `decelerating(bars, vwap, n)` iff decelRun ≥ n (n ≤ 60). */
  readonly decelRun: Uint8Array;
  /** Bit 0: the bullish reversal bar at VWAP − 2σ; bit 1: the bearish one at VWAP + 2σ. */
  readonly confirm: Uint8Array;
}

export const CONFIRM_BULL = 1;
export const CONFIRM_BEAR = 2;

// By the identity of what is read (bars, then the VWAP and σ columns): a FeatureFrame hands
// every run the same column objects, so a trial finds them here; new data misses and computes.
type Level<K extends object, V> = WeakMap<K, V>;
const cache: Level<Bars, Level<Float64Array, Level<Float64Array, PatternColumns>>> = new WeakMap();

function level<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

export function patternColumns(bars: Bars, vwap: Float64Array, sigma: Float64Array): PatternColumns {
  const byVwap = level(cache, bars, () => new WeakMap());
  const bySigma = level(byVwap, vwap, () => new WeakMap());
  return level(bySigma, sigma, () => computePatterns(bars, vwap, sigma));
}

/** Bars per call of the column loop (see RANGE in the engine's loop: no on-stack replacement). */
const RANGE = 4096;

function computePatterns(bars: Bars, vwaps: Float64Array, sigmas: Float64Array): PatternColumns {
  const n = bars.length;
  const cols: PatternColumns = {
    decelRun: new Uint8Array(n),
    confirm: new Uint8Array(n),
  };
  for (let from = 0; from < n; from += RANGE) fillPatterns(bars, vwaps, sigmas, cols, from, Math.min(n, from + RANGE));
  return cols;
}

/**
 * Bars [from, to) of the pattern columns, with the rules decide's history functions call
 * (`movedAway`, `bullReversal`, `bearReversal`), reading the columns directly: 20-odd reads per bar
 * through history views cost ~15 ms per 86 k bars, this ~0.3 ms. pattern-columns.int.test.ts checks
 * every bar of the shared data against `decelerationRun`, `bullConfirm` and `bearConfirm`.
 */
function fillPatterns(
  bars: Bars,
  vwaps: Float64Array,
  sigmas: Float64Array,
  cols: PatternColumns,
  from: number,
  to: number,
): void {
  const { open, high, low, close } = bars;
  const { decelRun, confirm } = cols;
  for (let i = from; i < to; i++) {
    const vwap = vwaps[i] as number;
    const rawSigma = sigmas[i] as number;
    const c = close[i] as number;
    // decelerationRun(history at i, vwap, 60)
    const m = Math.min(MAX_DECEL_RUN, i + 1);
    let run = MAX_DECEL_RUN;
    for (let k = 1; k < m; k++) {
      if (movedAway(close[i - k + 1] as number, close[i - k] as number, vwap)) {
        run = k;
        break;
      }
    }
    decelRun[i] = run;
    const band = S2_CONST.confirmBandSigma * flooredSigma(rawSigma);
    const o = open[i] as number;
    const h = high[i] as number;
    const l = low[i] as number;
    const o1 = i > 0 ? (open[i - 1] as number) : Number.NaN;
    const c1 = i > 0 ? (close[i - 1] as number) : Number.NaN;
    const h1 = i > 0 ? (high[i - 1] as number) : Number.NaN;
    const l1 = i > 0 ? (low[i - 1] as number) : Number.NaN;
    confirm[i] =
      (bullReversal(o, h, l, c, o1, c1, l1, vwap - band) ? CONFIRM_BULL : 0) |
      (bearReversal(o, h, l, c, o1, c1, h1, vwap + band) ? CONFIRM_BEAR : 0);
  }
}
