import type { FeatureDef } from "../contract.js";

/**
 * Relative cost of a feature's kernel per bar, in units of one EMA pass (1.7 ms per million bars),
 * measured single-thread on the bench bars (1 M bars, each kernel group alone, median cpu time of 5
 * runs: `node bench/feature-costs.mjs` prints them; re-measure when kernels change). Only the balance
 * between the two threads depends on it, never a value. Members of one shared kernel carry the kernel's cost; a group costs its dearest member plus
 * EXTRA_OUTPUT per further output (see `groupCost`).
 */
export const FAMILY_COST: Readonly<Record<string, number>> = Object.freeze({
  // 13 model features
  ret_1m: 1.5,
  ret_5m: 1.5,
  atr_14: 7,
  rsi_14: 10,
  vwap_dist: 4.5,
  bb_width: 37,
  ob_imbalance: 0.5,
  adr_pct: 20,
  hour_frac: 1.4,
  session_flag: 1.9,
  session_type: 1.6,
  pos: 0.5,
  s7_regime: 0.5,
  // indicators
  ema: 1,
  sma: 1.5,
  atr: 6,
  "atr.sma": 5,
  adx: 13,
  "adx.plusDi": 13,
  "adx.minusDi": 13,
  rsi: 7.5,
  "rsi.cutler": 7.5,
  stdev: 37,
  zscore: 37,
  "bb.mid": 37,
  "bb.upper": 37,
  "bb.lower": 37,
  "bb.width": 37,
  "bb.widthRank": 37,
  "kc.upper": 10,
  "kc.lower": 10,
  volz: 5.6,
  "rank.close": 30,
  "rank.volume": 30,
  "rank.tr": 34,
  "rank.bbWidth": 45,
  "quantile.close": 34,
  "quantile.volume": 34,
  "quantile.tr": 34,
  "quantile.bbWidth": 45,
  "vwap.session": 10,
  "vwap.session.sigma": 10,
  "vwap.session.upper": 10,
  "vwap.session.lower": 10,
  "vwap.session.z": 10,
  rvol: 12.8,
  "ib.high": 7.5,
  "ib.low": 7.5,
  "ib.mid": 7.5,
  "or.high": 3,
  "or.low": 3,
  adr: 9,
  "day.high": 9,
  "day.low": 9,
  "pd.high": 9,
  "pd.low": 9,
  "pd.close": 9,
  "pd.vwap": 3.2,
  "on.high": 6,
  "on.low": 6,
  "on.window.high": 6.5,
  "on.window.low": 6.5,
});

/** Cost of one more output of a shared kernel (its own loop over the kernel's values). */
export const EXTRA_OUTPUT = 0.5;

/** A family the table does not know (a new built-in) counts as one EMA pass. */
export const UNKNOWN_FAMILY_COST = 1;

export function featureCost(def: FeatureDef): number {
  return FAMILY_COST[def.family] ?? UNKNOWN_FAMILY_COST;
}

/** A shared kernel group: its dearest member, plus a little per further output. */
export function groupCost(members: readonly FeatureDef[]): number {
  let max = 0;
  for (const d of members) max = Math.max(max, featureCost(d));
  return max + EXTRA_OUTPUT * Math.max(0, members.length - 1);
}
