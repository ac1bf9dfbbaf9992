import type { BarHistory } from "sessionkit";
import { bearConfirm, bullConfirm, decelerating, highestHigh, lowestLow } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import type { S2ParamValues } from "./params.js";

/**
 * The rules every S2 entry must pass before the costly ones, as pure functions of columns and
 * parameters. decide and the screen both call them, so the screen marks a bar exactly when decide's
 * prefilter would let it through (one implementation of each rule, never two copies that drift).
 */

/** Gates 1–4 (§1.3): enough bars, bar volume, a session VWAP with σ > 0, a true ATR, VolZ in band. */
export function gatesPass(
  p: Readonly<S2ParamValues>,
  barCount: number,
  volume: number,
  vwap: number,
  rawSigma: number,
  atr: number,
  volz: number,
): boolean {
  // Bitwise & of the comparisons, not &&: each gate is data-dependent, and one branch on the
  // combined result mispredicts far less often than seven.
  return (
    (+(barCount >= S2_CONST.minBars) &
      +(volume >= p.minVolume) &
      +(vwap > 0) &
      +(rawSigma > 0) &
      +(atr > 0) &
      +(volz >= p.volZMin) &
      +(volz <= p.volZMax)) !==
    0
  );
}

/** z of the close against the session VWAP, in floored σ. */
export function zOf(close: number, vwap: number, rawSigma: number): number {
  return (close - vwap) / flooredSigma(rawSigma);
}

/** VolZ as the gates read it: a missing value counts as 0 (the reference's default). */
export function volzOrZero(raw: number): number {
  // raw − raw is 0 exactly for a finite number (NaN for NaN and ±Infinity): Number.isFinite, cheaper.
  return raw - raw === 0 ? raw : 0;
}

/** σ of the session VWAP with its floor, so z stays finite. */
export function flooredSigma(raw: number): number {
  return Math.max(raw, S2_CONST.sigmaFloor);
}

/**
 * The stretch floor: dynSigma is never below max(EsSigma|NqSigma, SigmaEnter, q) (its adders only
 * raise it), so a close inside that band and within AtrEnter ATRs cannot stretch on either side.
 */
export function beyondStretchFloor(
  p: Readonly<S2ParamValues>,
  nq: boolean,
  close: number,
  vwap: number,
  atr: number,
  z: number,
  q: number,
): boolean {
  return !(Math.abs(z) < Math.max(stretchBase(p, nq), q) && Math.abs((close - vwap) / atr) < p.atrEnter);
}

/** The part of the stretch floor no bar changes: max(EsSigma or NqSigma, SigmaEnter). */
export function stretchBase(p: Readonly<S2ParamValues>, nq: boolean): number {
  return Math.max(nq ? p.nqSigma : p.esSigma, p.sigmaEnter);
}

/**
 * The prefilter of an entry on the bar `b` is positioned at: beyond the stretch floor, a
 * decelerating move, and the reversal bar of the side the close is stretched to. Each only ever
 * blocks; the full rules follow in decide. `q` is the hour's adaptive quantile before this bar is
 * folded in. (The screen checks the same three with the pattern columns, computed by the same
 * functions.)
 */
export function passesPrefilter(
  b: BarHistory,
  p: Readonly<S2ParamValues>,
  nq: boolean,
  close: number,
  vwap: number,
  sigma: number,
  atr: number,
  z: number,
  q: number,
): boolean {
  if (!beyondStretchFloor(p, nq, close, vwap, atr, z, q)) return false;
  // Deceleration is side-independent and every entry needs it (§1.5); about a quarter of the bars
  // that reach it pass, and it reads the fewest bars of the selective checks, so it goes first.
  if (!decelerating(b, vwap, p.confirmLookback)) return false;
  // A close above the VWAP can only stretch short and one below only long (z and a share the sign of
  // close − VWAP; the thresholds are positive), and that side's reversal bar is required. A close
  // exactly at the VWAP (or NaN) keeps the full path, where both sides may stretch.
  if (close > vwap) return confirmedSide(b, vwap, sigma, -1);
  if (close < vwap) return confirmedSide(b, vwap, sigma, 1);
  return true;
}

/** The reversal bar of `side`: engulfing, hammer / shooting star, or a reclaim / rejection of the 2σ band. */
export function confirmedSide(b: BarHistory, vwap: number, sigma: number, side: number): boolean {
  const band = vwap - side * S2_CONST.confirmBandSigma * sigma;
  return side > 0 ? bullConfirm(b, band) : bearConfirm(b, band);
}

/** The trade-date and prior-day levels the level rules read at the decision bar. */
export interface LevelValues {
  adr: number;
  dayHigh: number;
  dayLow: number;
  ibHigh: number;
  ibLow: number;
  pdVwap: number;
  pdClose: number;
}

export function emptyLevelValues(): LevelValues {
  const n = Number.NaN;
  return { adr: n, dayHigh: n, dayLow: n, ibHigh: n, ibLow: n, pdVwap: n, pdClose: n };
}

/**
 * Rules 5, 9 and 10 (§1.3): ADR exhaustion (today's range beyond 1.2 × ADR of completed dates), IB
 * continuation (no fade against a fresh break of the initial balance, fixes D2-4) and the prior-day
 * magnets (too close to the previous trade date's VWAP or close). Each only blocks.
 */
export function levelsPass(
  b: BarHistory,
  p: Readonly<S2ParamValues>,
  lv: LevelValues,
  close: number,
  atr: number,
  z: number,
  tick: number,
  etMinute: number,
): boolean {
  const adr = lv.adr;
  if (adr > 0 && lv.dayHigh - lv.dayLow > S2_CONST.adrExhaustionCap * adr) return false;
  const ibHigh = lv.ibHigh;
  const ibLow = lv.ibLow;
  if (etMinute >= p.ibEndMinute && ibHigh > 0 && ibLow > 0 && Math.abs(z) < S2_CONST.ibOverrideZ) {
    const edge = S2_CONST.ibBreakAtr * atr;
    const brokeUp = close > ibHigh && lowestLow(b, S2_CONST.ibBreakBars) > ibHigh - edge;
    const brokeDn = close < ibLow && highestHigh(b, S2_CONST.ibBreakBars) < ibLow + edge;
    if ((brokeUp && z > 0) || (brokeDn && z < 0)) return false;
  }
  const near = S2_CONST.magnetAtr * Math.max(tick, atr);
  return !(Math.abs(close - lv.pdVwap) <= near || Math.abs(close - lv.pdClose) <= near);
}

/** The entry price of a fade on `side`: retest = a limit RetestOffsetTicks better than the close; market = the close. */
export function entryPriceOf(p: Readonly<S2ParamValues>, side: number, close: number, tick: number): number {
  return p.entryMode === "retest" ? close - side * p.retestOffsetTicks * tick : close;
}

/** ADR room: the VWAP must be at least AdrRoomFrac × ADR from the entry (when ADR is known). */
export function adrRoomOk(
  p: Readonly<S2ParamValues>,
  side: number,
  close: number,
  vwap: number,
  adr: number,
  tick: number,
): boolean {
  return !(adr > 0 && Math.abs(vwap - entryPriceOf(p, side, close, tick)) < S2_CONST.adrRoomFrac * adr);
}
