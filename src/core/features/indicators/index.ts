import type { FeatureFamily } from "../family.js";
import { adx, adxMinusDi, adxPlusDi } from "./adx.js";
import { atr, atrSma } from "./atr.js";
import { bbWidthRank } from "./bb-width-rank.js";
import { bbLower, bbMid, bbUpper, bbWidthBand, stdev, zscore } from "./bollinger.js";
import { ema } from "./ema.js";
import { kcLower, kcUpper } from "./keltner.js";
import { onHigh, onLow } from "./overnight.js";
import { onWindowHigh, onWindowLow } from "./overnight-window.js";
import { pdVwap } from "./prior-day-vwap.js";
import { rankFamilies } from "./rolling-rank.js";
import { rsi, rsiCutler } from "./rsi.js";
import { rvol } from "./rvol.js";
import { ibHigh, ibLow, ibMid, orHigh, orLow } from "./session-range.js";
import { vwapSession, vwapSessionLower, vwapSessionSigma, vwapSessionUpper, vwapSessionZ } from "./session-vwap.js";
import { sma } from "./sma.js";
import { adr, dayHigh, dayLow, pdClose, pdHigh, pdLow } from "./trade-date.js";
import { volz } from "./volz.js";

/** Every built-in indicator family, registered beside the 13 model features. */
export const INDICATOR_FAMILIES: readonly FeatureFamily[] = Object.freeze([
  ema,
  sma,
  atr,
  atrSma,
  adx,
  adxPlusDi,
  adxMinusDi,
  rsi,
  rsiCutler,
  stdev,
  zscore,
  bbMid,
  bbUpper,
  bbLower,
  bbWidthBand,
  bbWidthRank,
  kcUpper,
  kcLower,
  volz,
  ...rankFamilies,
  vwapSession,
  vwapSessionSigma,
  vwapSessionUpper,
  vwapSessionLower,
  vwapSessionZ,
  rvol,
  ibHigh,
  ibLow,
  ibMid,
  orHigh,
  orLow,
  adr,
  dayHigh,
  dayLow,
  pdHigh,
  pdLow,
  pdClose,
  pdVwap,
  onHigh,
  onLow,
  onWindowHigh,
  onWindowLow,
]);

/**
 * The indicator keys the four strategy plugins declare at their default parameters (as declared on
 * the strat-s2/s3/s6s11 branches). Used by the benchmark and the streaming tests.
 */
export const STRATEGY_DEFAULT_FEATURES: readonly string[] = Object.freeze([
  // S2 (plugins/s2 s2Features at defaults; its adr:20 is listed under S11)
  "vwap.session",
  "vwap.session.sigma",
  "atr:14",
  "ema:20",
  "volz:50",
  "day.high",
  "day.low",
  "pd.high",
  "pd.low",
  "pd.close",
  "pd.vwap",
  "ib.high:570,630",
  "ib.low:570,630",
  // S3
  "stdev:20",
  "atr:20",
  "kc.upper:20,20,1.5",
  "kc.lower:20,20,1.5",
  "bb.width:20,2",
  "bb.widthRank:20,60",
  "quantile.tr:60,0.5",
  "quantile.tr:60,0.6",
  "ema:100",
  "or.high:10",
  "or.low:10",
  // S6 (5-minute trend as 1-minute EMAs over the same span: 8×5, 21×5)
  "adx:14",
  "ema:40",
  "ema:105",
  "rvol:20,5",
  "on.window.high:1080,568",
  "on.window.low:1080,568",
  // S11 (atr:14, adx:14, rvol:20,5, ib.high/low and day.high/low are listed above)
  "rsi:14",
  "ib.mid:570,630",
  "adr:20",
]);

export {
  adr,
  adx,
  adxMinusDi,
  adxPlusDi,
  atr,
  atrSma,
  bbLower,
  bbMid,
  bbUpper,
  bbWidthBand,
  bbWidthRank,
  dayHigh,
  dayLow,
  ema,
  ibHigh,
  ibLow,
  ibMid,
  kcLower,
  kcUpper,
  onHigh,
  onLow,
  onWindowHigh,
  onWindowLow,
  orHigh,
  orLow,
  pdClose,
  pdHigh,
  pdLow,
  pdVwap,
  rankFamilies,
  rsi,
  rsiCutler,
  rvol,
  sma,
  stdev,
  volz,
  vwapSession,
  vwapSessionLower,
  vwapSessionSigma,
  vwapSessionUpper,
  vwapSessionZ,
  zscore,
};
