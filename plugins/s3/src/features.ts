import type { S3ParamValues } from "./params.js";

/**
 * Minutes of 1-minute closes behind the 5-minute bias: EMA(100) of 1-minute closes stands in for
 * the reference's EMA(20) of 5-minute closes, and its slope is taken over 25 minutes (5 five-minute
 * bars), as `(EMA[-1] − EMA[-6]) / 5` was.
 */
export const BIAS_EMA_PERIOD = 100;
export const BIAS_SLOPE_MINUTES = 25;
/** The reference's VolZ lookback (strategies §0.3). */
export const VOLZ_LOOKBACK = 50;
/** The initial balance starts at the RTH open, 09:30 ET. */
export const RTH_OPEN_MINUTE = 9 * 60 + 30;

/**
 * The feature keys S3 reads for one parameter set, by alias. Every length and multiplier comes from
 * the parameters, so a session override of `bbLen` or `kcMult` reads its own columns.
 */
export function s3Features(p: Readonly<S3ParamValues>) {
  const kc = `${p.kcEma},${p.kcAtrLen},${p.kcMult}`;
  return {
    /** Population σ of the last bbLen closes (Bollinger half-width / bbMult). */
    sd: `stdev:${p.bbLen}`,
    /** The common centre of Bollinger and Keltner bands (the reference centres both on EMA(kcEma)). */
    mid: `ema:${p.kcEma}`,
    /** Wilder ATR of the Keltner channel. */
    atrKc: `atr:${p.kcAtrLen}`,
    /** Wilder ATR for buffers and stops. */
    atr: `atr:${p.atrLen}`,
    kcUp: `kc.upper:${kc}`,
    kcDn: `kc.lower:${kc}`,
    /** Bollinger width 2·bbMult·σ/SMA, for the shrinking-width test. */
    width: `bb.width:${p.bbLen},${p.bbMult}`,
    /** Percentile rank of the Bollinger width over the look-back. */
    widthRank: `bb.widthRank:${p.bbLen},${p.preSqueezeLookback}`,
    /** Median true range over the look-back (narrow-range cluster). */
    trMedian: `quantile.tr:${p.preSqueezeLookback},0.5`,
    /** Expansion quantile of the true range (expansion target). */
    trQuant: `quantile.tr:${Math.max(60, p.preSqueezeLookback)},${p.expansionQuantile}`,
    bias: `ema:${BIAS_EMA_PERIOD}`,
    volz: `volz:${VOLZ_LOOKBACK}`,
    orHigh: `or.high:${p.orMinutes}`,
    orLow: `or.low:${p.orMinutes}`,
    ibHigh: `ib.high:${RTH_OPEN_MINUTE},${p.ibEndMinute}`,
    ibLow: `ib.low:${RTH_OPEN_MINUTE},${p.ibEndMinute}`,
  } as const;
}

export type S3FeatureNames = keyof ReturnType<typeof s3Features>;

/** Bars before the first decision: the reference's 80-bar minimum, or what the longest feature needs. */
export function s3WarmupBars(p: Readonly<S3ParamValues>): number {
  return Math.max(
    80,
    p.bbLen + p.preSqueezeLookback + 1,
    Math.max(60, p.preSqueezeLookback) + 2,
    p.kcEma,
    p.kcAtrLen + 1,
    p.atrLen + 1,
    BIAS_EMA_PERIOD + BIAS_SLOPE_MINUTES,
    VOLZ_LOOKBACK + 1,
  );
}
