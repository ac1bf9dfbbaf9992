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
  atr_14: 4,
  rsi_14: 5.8,
  vwap_dist: 4.4,
  bb_width: 41.5,
  ob_imbalance: 0.5,
  adr_pct: 12.7,
  hour_frac: 1.3,
  session_flag: 1.1,
  session_type: 1.1,
  pos: 0.5,
  s7_regime: 0.5,
  // indicators
  ema: 1,
  sma: 1.5,
  atr: 3,
  "atr.sma": 4,
  adx: 6.5,
  "adx.plusDi": 6.5,
  "adx.minusDi": 6.5,
  rsi: 3.4,
  "rsi.cutler": 5.8,
  stdev: 41.5,
  zscore: 41.5,
  "bb.mid": 41.5,
  "bb.upper": 41.5,
  "bb.lower": 41.5,
  "bb.width": 41.5,
  "bb.widthRank": 41.5,
  "kc.upper": 9.9,
  "kc.lower": 9.9,
  volz: 5.6,
  "rank.close": 30,
  "rank.volume": 30,
  "rank.tr": 13.1,
  "rank.bbWidth": 45,
  "quantile.close": 34,
  "quantile.volume": 34,
  "quantile.tr": 13.1,
  "quantile.bbWidth": 45,
  "vwap.session": 11.4,
  "vwap.session.sigma": 11.4,
  "vwap.session.upper": 11.4,
  "vwap.session.lower": 11.4,
  "vwap.session.z": 11.4,
  rvol: 8.2,
  "ib.high": 7.4,
  "ib.low": 7.4,
  "ib.mid": 7.4,
  "or.high": 4.3,
  "or.low": 4.3,
  adr: 9.8,
  "day.high": 9.8,
  "day.low": 9.8,
  "pd.high": 9.8,
  "pd.low": 9.8,
  "pd.close": 9.8,
  // Alone its own pass; with a session-VWAP feature, a member of that kernel (groupCost).
  "pd.vwap": 3.7,
  "on.high": 6,
  "on.low": 6,
  "on.window.high": 7,
  "on.window.low": 7,
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
