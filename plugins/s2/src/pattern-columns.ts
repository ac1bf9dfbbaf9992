import type { Bars } from "sessionkit";
import { bearReversal, bullReversal, movedAway } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import { flooredSigma } from "./prefilter.js";

/** The largest ConfirmLookback the schema allows: deceleration runs are counted up to it. */
export const MAX_DECEL_RUN = 60;

/**
 * What S2 reads per bar that no parameter changes and costs more than a few reads, for one dataset:
 * how far back the move decelerates towards the session VWAP, and which reversal bars (at the 2σ
 * bands) it shows. Each bar's entry is worked out the first time a run asks for it (with the rules
 * decide calls), then every later run over the dataset (each optimizer trial) reads it: a run asks
 * only for the bars that got past its gates and stretch floor, about a third of them.
 */
export interface PatternColumns {
  readonly bars: Bars;
  readonly vwap: Float64Array;
  readonly sigma: Float64Array;
  /** `decelerationRun(bars, vwap, 60)` at each bar (≥ 1); 0 = not worked out yet. */
  readonly decelRun: Uint8Array;
  /** CONFIRM_BULL | CONFIRM_BEAR bits, with CONFIRM_KNOWN once worked out. */
  readonly confirm: Uint8Array;
}

/** Bit 0: the bullish reversal bar at VWAP − 2σ; bit 1: the bearish one at VWAP + 2σ. */
export const CONFIRM_BULL = 1;
export const CONFIRM_BEAR = 2;
/** Set once a bar's reversal bits are worked out. */
export const CONFIRM_KNOWN = 4;

// By the identity of what is read (bars, then the VWAP and σ columns): a FeatureFrame hands every run
// the same column objects, so a trial finds them here; new data misses and starts empty.
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
  return level(bySigma, sigma, () => ({
    bars,
    vwap,
    sigma,
    decelRun: new Uint8Array(bars.length),
    confirm: new Uint8Array(bars.length),
  }));
}

/**
 * `decelerationRun(history at i, vwap_i, 60)`, from the close column, kept in the pattern columns.
 * pattern-columns.int.test.ts checks every bar of the shared data against the history function.
 */
export function decelRunAt(pc: PatternColumns, i: number): number {
  const known = pc.decelRun[i] as number;
  if (known !== 0) return known;
  const close = pc.bars.close;
  const vwap = pc.vwap[i] as number;
  const m = Math.min(MAX_DECEL_RUN, i + 1);
  let run = MAX_DECEL_RUN;
  for (let k = 1; k < m; k++) {
    if (movedAway(close[i - k + 1] as number, close[i - k] as number, vwap)) {
      run = k;
      break;
    }
  }
  pc.decelRun[i] = run;
  return run;
}

/** `bullConfirm` / `bearConfirm` at the 2σ bands of bar i as CONFIRM_* bits, kept in the pattern columns. */
export function confirmAt(pc: PatternColumns, i: number): number {
  const known = pc.confirm[i] as number;
  if (known !== 0) return known;
  const { open, high, low, close } = pc.bars;
  const vwap = pc.vwap[i] as number;
  const band = S2_CONST.confirmBandSigma * flooredSigma(pc.sigma[i] as number);
  const o = open[i] as number;
  const h = high[i] as number;
  const l = low[i] as number;
  const c = close[i] as number;
  // Before the series start history reads give NaN.
  const o1 = i > 0 ? (open[i - 1] as number) : Number.NaN;
  const c1 = i > 0 ? (close[i - 1] as number) : Number.NaN;
  const h1 = i > 0 ? (high[i - 1] as number) : Number.NaN;
  const l1 = i > 0 ? (low[i - 1] as number) : Number.NaN;
  const bits =
    CONFIRM_KNOWN |
    (bullReversal(o, h, l, c, o1, c1, l1, vwap - band) ? CONFIRM_BULL : 0) |
    (bearReversal(o, h, l, c, o1, c1, h1, vwap + band) ? CONFIRM_BEAR : 0);
  pc.confirm[i] = bits;
  return bits;
}
