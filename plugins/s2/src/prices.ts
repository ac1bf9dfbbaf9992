import { roundToTick } from "sessionkit";
import { S2_CONST } from "./constants.js";
import type { S2ParamValues } from "./params.js";
import { adrRoomOk, entryPriceOf } from "./prefilter.js";

/** A planned entry, written in place (one object per strategy state) so decide allocates nothing. */
export interface EntryPlan {
  /** +1 long, −1 short. */
  side: number;
  /** Limit price (retest) or the decision close (market). */
  entry: number;
  stop: number;
  target: number;
}

/** The market values the prices need (one reusable record in the strategy state). */
export interface PriceInputs {
  close: number;
  vwap: number;
  sigma: number;
  atr: number;
  adr: number;
  tick: number;
  /** Lowest low / highest high of the last ConfirmLookback bars. */
  swingLow: number;
  swingHigh: number;
}

export function emptyPriceInputs(): PriceInputs {
  const n = Number.NaN;
  return { close: n, vwap: n, sigma: n, atr: n, adr: n, tick: n, swingLow: n, swingHigh: n };
}

/**
 * Entry, stop and target of a fade (strategies reference §1.6 with the SPEC §5 fixes). Returns false
 * when the ADR room rule rejects the trade.
 * - entry: retest = a limit RetestOffsetTicks better than the close (the reference put it one tick
 *   worse, D2-7); market = the close. R and every rule below use this entry.
 * - stop: the structural stop (beyond the swing extreme and the 3σ band, else 0.25 ATR), capped at
 *   StopAtrMult × ATR from the entry, at least one tick away.
 * - target: the VWAP (pushed to 0.9 R when it is closer than 0.8 R), then the nearer of that and
 *   TargetAtrMult × ATR, at least one tick away.
 * - ADR room: the VWAP must be at least AdrRoomFrac × ADR from the entry (when ADR is known).
 */
export function planPrices(p: S2ParamValues, side: number, m: PriceInputs, out: EntryPlan): boolean {
  const { tick, atr } = m;
  if (!adrRoomOk(p, side, m.close, m.vwap, m.adr, tick)) return false;
  const entry = entryPriceOf(p, side, m.close, tick);
  const band = m.vwap - side * S2_CONST.stopBandSigma * m.sigma;
  let stop = side > 0 ? Math.min(m.swingLow, band) : Math.max(m.swingHigh, band);
  if (!(side * (entry - stop) > 0)) stop = entry - side * S2_CONST.stopFallbackAtr * atr;
  const cap = entry - side * p.stopAtrMult * atr;
  if (side * (cap - stop) > 0) stop = cap;
  stop = roundToTick(stop, tick);
  if (!(side * (entry - stop) >= tick)) stop = entry - side * tick;
  const r = side * (entry - stop);
  let t1 = m.vwap;
  if (side * (t1 - entry) < S2_CONST.targetMinR * r) t1 = entry + side * S2_CONST.targetPushR * r;
  const atrTarget = entry + side * p.targetAtrMult * atr;
  let target = side > 0 ? Math.min(t1, atrTarget) : Math.max(t1, atrTarget);
  target = roundToTick(target, tick);
  if (!(side * (target - entry) >= tick)) target = entry + side * tick;
  out.side = side;
  out.entry = roundToTick(entry, tick);
  out.stop = stop;
  out.target = target;
  return true;
}
