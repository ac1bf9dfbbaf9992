import { type BarHistory, type EntrySignal, roundToTick, Signal } from "sessionkit";
import { DRIVE_LONG, DRIVE_SHORT, REVERSAL_LONG, REVERSAL_SHORT, type S6Inputs } from "./classify.js";
import type { S6ParamValues } from "./params.js";

/** Target distance: max(ATR, targetAdrFrac × ADR), ADR falling back to 2 × ATR before it exists. */
export function targetDistance(x: S6Inputs, p: S6ParamValues, adr: number): number {
  const range = adr > 0 ? adr : 2 * x.atr;
  return Math.max(x.atr, p.targetAdrFrac * range);
}

/** Drive stop distance: max(stopTicksMin ticks, stopAtrMult × ATR). */
export function driveStopDistance(x: S6Inputs, p: S6ParamValues): number {
  return Math.max(p.stopTicksMin * x.tick, p.stopAtrMult * x.atr);
}

/**
 * Reversal stop: beyond both the close and the failed ON extreme by stopTicksMin ticks (the reference's
 * `min(C, ONL) − g` for a long, `max(C, ONH) + g` for a short).
 */
export function reversalStop(side: number, x: S6Inputs, p: S6ParamValues): number {
  const g = p.stopTicksMin * x.tick;
  return side > 0 ? Math.min(x.close, x.onLow) - g : Math.max(x.close, x.onHigh) + g;
}

/**
 * The retest of a drive: with `retestEnable`, some bar among the last `retestConfirmBars1m` (at least
 * the decision bar) came back within `retestGraceTicks` of the broken ON extreme while every close
 * held beyond it (classification checked the closes). The reference compared only the close with the
 * level and used retestConfirmBars1m as a bare minimum history length.
 */
export function retested(bars: BarHistory, side: number, level: number, p: S6ParamValues, tick: number): boolean {
  if (!p.retestEnable) return true;
  const grace = p.retestGraceTicks * tick;
  const n = Math.max(1, p.retestConfirmBars1m);
  for (let k = 0; k < n; k++) {
    if (side > 0 ? bars.low(k) <= level + grace : bars.high(k) >= level - grace) return true;
  }
  return false;
}

/**
 * Reversal agreement (D6-6 fixed): the 1-minute direction confirms the reversal (close beyond the
 * previous close the reversal's way). The reference accepted any bar whose 1-minute and 5-minute
 * directions differed, or a flat 5-minute trend, which admits a 1-minute move against the reversal.
 */
export function reversalAgrees(side: number, x: S6Inputs): boolean {
  return side > 0 ? x.close > x.close1 : x.close < x.close1;
}

/**
 * The entry for a regime, or undefined: a market order with a real protective stop and target (the
 * reference only wrote them into the tag, D6-4) and a time stop of maxHoldMinutes bars.
 */
export function entryFor(
  regime: number,
  x: S6Inputs,
  p: S6ParamValues,
  adr: number,
  bars: BarHistory,
): EntrySignal | undefined {
  if (!(x.atr > 0)) return undefined;
  const side = regime === DRIVE_LONG || regime === REVERSAL_LONG ? 1 : -1;
  let stop: number;
  let tag: string;
  if (regime === DRIVE_LONG || regime === DRIVE_SHORT) {
    if (!retested(bars, side, side > 0 ? x.onHigh : x.onLow, p, x.tick)) return undefined;
    stop = x.close - side * driveStopDistance(x, p);
    tag = "S6-Drive";
  } else if (regime === REVERSAL_LONG || regime === REVERSAL_SHORT) {
    if (!reversalAgrees(side, x)) return undefined;
    stop = reversalStop(side, x, p);
    tag = "S6-Reversal";
  } else return undefined;
  const init = {
    stop: roundToTick(stop, x.tick),
    target: roundToTick(x.close + side * targetDistance(x, p, adr), x.tick),
    // held exactly maxHoldMinutes bars: closed at the open maxHoldMinutes minutes after the fill
    timeStopBars: p.maxHoldMinutes,
    // At the default 1 contract the engine's sizing rule decides (fixed or risk-per-trade); a larger
    // baseQty fixes the base quantity. The schedule multiplier and the sizing hook apply on top.
    qty: p.baseQty === 1 ? undefined : p.baseQty,
    tag,
  };
  return side > 0 ? Signal.long(init) : Signal.short(init);
}

/** Reward-to-risk of the reversal the bar would enter, from its close (the flip rule's ExpectedR). */
export function reversalExpectedR(side: number, x: S6Inputs, p: S6ParamValues, adr: number): number {
  const risk = Math.abs(x.close - reversalStop(side, x, p));
  return risk > 0 ? targetDistance(x, p, adr) / risk : 0;
}
