import type { S11ParamValues } from "./params.js";

/**
 * Everything the fade rules read at one bar, filled into one reusable object per run (no allocation
 * per bar). Volumes: `volume` is the decision bar; `priorVolumeMean` the mean of the `exhaustionBars`
 * bars before it.
 */
export interface S11Inputs {
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  priorVolumeMean: number;
  adx: number;
  rvol: number;
  rsi: number;
  atr: number;
  adr: number;
  dayHigh: number;
  dayLow: number;
  ibHigh: number;
  ibLow: number;
  ibMid: number;
  tick: number;
}

export function emptyInputs(): S11Inputs {
  const n = Number.NaN;
  return {
    open: n,
    high: n,
    low: n,
    close: n,
    volume: n,
    priorVolumeMean: n,
    adx: n,
    rvol: n,
    rsi: n,
    atr: n,
    adr: n,
    dayHigh: n,
    dayLow: n,
    ibHigh: n,
    ibLow: n,
    ibMid: n,
    tick: 0.25,
  };
}

/** Share of the average daily range the trade date has already covered (NaN without an ADR). */
export function adrUsed(x: S11Inputs): number {
  return x.adr > 0 ? (x.dayHigh - x.dayLow) / x.adr : Number.NaN;
}

/** Volume climax: this bar's volume ≥ exhaustionVolMult × the mean of the exhaustionBars before it. */
export function volumeExhaustion(x: S11Inputs, p: S11ParamValues): boolean {
  return x.priorVolumeMean > 0 && x.volume >= p.exhaustionVolMult * x.priorVolumeMean;
}

/**
 * Rejection bar, direction-aware: the wick against the fade's extreme is at least rejectionWickRatio of
 * the range (a long needs a long lower wick, a short a long upper wick). The reference measured both
 * wicks together and then never let a rejection alone enter.
 */
export function rejection(side: number, x: S11Inputs, p: S11ParamValues): boolean {
  const range = x.high - x.low;
  if (!(range > 0)) return false;
  const wick = side > 0 ? Math.min(x.open, x.close) - x.low : x.high - Math.max(x.open, x.close);
  return wick / range >= p.rejectionWickRatio;
}

/**
 * The fade side at this bar: +1 (buy an exhausted low), −1 (sell an exhausted high) or 0. All of:
 * textbook ADX ≤ maxADX (range-bound), RVOL ≥ minRVOL, the trade date has used ≥
 * adrExhaustionThreshold of its ADR, a valid initial balance, RSI ≤ minRSI with the close below the IB
 * low (long) or RSI ≥ maxRSI above the IB high (short), and a volume climax or a rejection bar.
 */
export function fadeSide(x: S11Inputs, p: S11ParamValues): number {
  if (!(x.adx <= p.maxADX && x.rvol >= p.minRVOL)) return 0;
  if (!(adrUsed(x) >= p.adrExhaustionThreshold)) return 0;
  if (!(x.ibHigh >= x.ibLow)) return 0;
  const side = x.rsi <= p.minRSI && x.close < x.ibLow ? 1 : x.rsi >= p.maxRSI && x.close > x.ibHigh ? -1 : 0;
  if (side === 0) return 0;
  return volumeExhaustion(x, p) || rejection(side, x, p) ? side : 0;
}
