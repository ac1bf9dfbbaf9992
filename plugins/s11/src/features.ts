import { minuteOfDay } from "sessionkit";
import type { S11ParamValues } from "./params.js";

/** Indicator lengths the reference hard-codes (strategies reference §4.3). */
export const ATR_PERIOD = 14;
export const ADX_PERIOD = 14;
export const RSI_PERIOD = 14;
export const RVOL_DAYS = 20;
/** Trade dates of volume history needed before RVOL is defined. */
export const RVOL_MIN_DAYS = 5;

/** The feature keys S11 reads, for one parameter set (alias → key). */
export function s11Features(p: S11ParamValues) {
  const ib = `${minuteOfDay(p.ibStart)},${minuteOfDay(p.ibEnd)}`;
  return {
    atr: `atr:${ATR_PERIOD}`,
    adx: `adx:${ADX_PERIOD}`,
    rsi: `rsi:${RSI_PERIOD}`,
    rvol: `rvol:${RVOL_DAYS},${RVOL_MIN_DAYS}`,
    ibHigh: `ib.high:${ib}`,
    ibLow: `ib.low:${ib}`,
    ibMid: `ib.mid:${ib}`,
    adr: `adr:${p.adrLookbackDays}`,
    dayHigh: "day.high",
    dayLow: "day.low",
  };
}

/** Bars of history before the first decision: the ADX needs the most. */
export function s11WarmupBars(): number {
  return Math.max(2 * ADX_PERIOD, RSI_PERIOD + 1, ATR_PERIOD + 1);
}
