import type { S6ParamValues } from "./params.js";

/** Regime of one bar (strategies reference §3.2 "Classify"); drive has priority over reversal. */
export const IDLE = 0;
export const DRIVE_LONG = 1;
export const DRIVE_SHORT = -1;
export const REVERSAL_LONG = 2;
export const REVERSAL_SHORT = -2;

/** Minutes after the RTH open during which a break still counts as a drive (reference hard-codes 15). */
export const DRIVE_MAX_MINUTES = 15;

/**
 * Everything classification reads at one bar, filled into one reusable object per run so the
 * per-bar path allocates nothing. Index 0 is the decision bar, 1 the bar before, 2 the one before that.
 */
export interface S6Inputs {
  close: number;
  close1: number;
  close2: number;
  open: number;
  high1: number;
  low1: number;
  volume: number;
  volume1: number;
  volume2: number;
  onHigh: number;
  onLow: number;
  adx: number;
  rvol: number;
  trendFast: number;
  trendSlow: number;
  atr: number;
  /** Sign of the RTH-open gap of the trade date (0 when unknown). */
  gapDir: number;
  /** ET minutes since the RTH open (negative in the pre-open part of the window). */
  minutesSinceOpen: number;
  /** Own minus peer one-bar return in basis points; NaN without peer data. */
  divBp: number;
  tick: number;
}

export function emptyInputs(): S6Inputs {
  const n = Number.NaN;
  return {
    close: n,
    close1: n,
    close2: n,
    open: n,
    high1: n,
    low1: n,
    volume: n,
    volume1: n,
    volume2: n,
    onHigh: n,
    onLow: n,
    adx: n,
    rvol: n,
    trendFast: n,
    trendSlow: n,
    atr: n,
    gapDir: 0,
    minutesSinceOpen: n,
    divBp: n,
    tick: 0.25,
  };
}

/**
 * The intended S6 regime. Idle unless the textbook ADX ≥ minADX and RVOL ≥ minRVOL (RVOL unknown,
 * e.g. before 5 trade dates of baseline, is idle) and the trade date has an overnight range.
 * Drive: the last three closes beyond the ON extreme, within 15 minutes of the open, 1-minute and
 * 5-minute direction agreeing with the break, gap not against it. Reversal: the previous bar poked
 * through the ON extreme by at most `penTicks` and this bar closes back inside against it, confirmed
 * by the peer divergence (when the peer's data exists) or a volume climax v[-2] > v[-3], v[-1].
 */
export function classify(x: S6Inputs, p: S6ParamValues, penTicks: number): number {
  if (!(x.adx >= p.minADX && x.rvol >= p.minRVOL)) return IDLE;
  if (!(x.onHigh >= x.onLow)) return IDLE;
  const up1 = x.close > x.close1;
  const down1 = x.close < x.close1;
  const up5 = x.trendFast > x.trendSlow;
  const down5 = x.trendFast < x.trendSlow;
  const early = x.minutesSinceOpen <= DRIVE_MAX_MINUTES;
  const heldAbove = x.close > x.onHigh && x.close1 > x.onHigh && x.close2 > x.onHigh;
  const heldBelow = x.close < x.onLow && x.close1 < x.onLow && x.close2 < x.onLow;
  if (heldAbove && early && up1 && up5 && x.gapDir >= 0) return DRIVE_LONG;
  if (heldBelow && early && down1 && down5 && x.gapDir <= 0) return DRIVE_SHORT;
  const pen = penTicks * x.tick;
  const failedDn = x.low1 <= x.onLow && x.onLow - x.low1 <= pen && x.close > x.onLow && x.close > x.open;
  const failedUp = x.high1 >= x.onHigh && x.high1 - x.onHigh <= pen && x.close < x.onHigh && x.close < x.open;
  const climax = x.volume1 > x.volume2 && x.volume1 > x.volume;
  if (failedDn && (x.divBp > p.divMaxBp || climax)) return REVERSAL_LONG;
  if (failedUp && (x.divBp < -p.divMaxBp || climax)) return REVERSAL_SHORT;
  return IDLE;
}
