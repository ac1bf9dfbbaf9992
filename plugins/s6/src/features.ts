import { minuteOfDay } from "sessionkit";
import type { S6ParamValues } from "./params.js";

/** Indicator lengths the reference hard-codes (strategies reference §3.3). */
export const ATR_PERIOD = 14;
export const ADX_PERIOD = 14;
/**
 * The "5-minute" trend is EMA(8) vs EMA(21) of 5-minute closes. The reference computed both on
 * 1-minute closes (D6-5); we use EMAs of the 1-minute closes over the same time span (8×5 and 21×5
 * minutes), which follows the 5-minute trend without waiting for a 5-minute bar to complete.
 */
export const TREND_BAR_MINUTES = 5;
export const TREND_FAST = 8 * TREND_BAR_MINUTES;
export const TREND_SLOW = 21 * TREND_BAR_MINUTES;
/** Trade dates of relative-volume history needed before RVOL is defined (of the 20-date baseline). */
export const RVOL_MIN_DAYS = 5;

/** The feature keys S6 reads, for one parameter set (alias → key). */
export function s6Features(p: S6ParamValues) {
  const on = `${minuteOfDay(p.onWindowStart)},${minuteOfDay(p.onWindowEnd)}`;
  return {
    atr: `atr:${ATR_PERIOD}`,
    adx: `adx:${ADX_PERIOD}`,
    trendFast: `ema:${TREND_FAST}`,
    trendSlow: `ema:${TREND_SLOW}`,
    rvol: `rvol:${p.rvolLookbackDays},${Math.min(RVOL_MIN_DAYS, p.rvolLookbackDays)}`,
    onHigh: `on.window.high:${on}`,
    onLow: `on.window.low:${on}`,
    adr: `adr:${p.adrLookbackDays}`,
  };
}

/** Bars of history before the first decision: the slow trend EMA and the ADX need the most. */
export function s6WarmupBars(): number {
  return Math.max(TREND_SLOW, 2 * ADX_PERIOD, ATR_PERIOD + 1);
}
