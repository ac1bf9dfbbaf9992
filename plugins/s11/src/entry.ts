import { type EntrySignal, roundToTick, Signal } from "sessionkit";
import type { S11Inputs } from "./classify.js";
import type { S11ParamValues } from "./params.js";

/** Stop buffer beyond the extreme: max(stopTicksMin ticks, stopAtrMult × ATR). */
export function stopBuffer(x: S11Inputs, p: S11ParamValues): number {
  return Math.max(p.stopTicksMin * x.tick, p.stopAtrMult * x.atr);
}

/**
 * Stop beyond the trade date's extreme so far (D11-2 fixed: the reference anchored it at the IB edge,
 * which sits on the wrong side of an entry already beyond it).
 */
export function fadeStop(side: number, x: S11Inputs, p: S11ParamValues): number {
  return side > 0 ? Math.min(x.dayLow, x.low) - stopBuffer(x, p) : Math.max(x.dayHigh, x.high) + stopBuffer(x, p);
}

/** Target: the nearer of the IB midpoint and targetAdrFrac × ADR from the close. */
export function fadeTarget(side: number, x: S11Inputs, p: S11ParamValues): number {
  const byAdr = x.close + side * p.targetAdrFrac * x.adr;
  return side > 0 ? Math.min(x.ibMid, byAdr) : Math.max(x.ibMid, byAdr);
}

/** Contracts: max(1, round(baseQty × multiplierAfternoon)), before the schedule multiplier and sizing hook. */
export function fadeQty(p: S11ParamValues): number {
  return Math.max(1, Math.round(p.baseQty * p.multiplierAfternoon));
}

/**
 * The fade entry: a market order with a real stop and target (the reference only wrote them into the
 * tag) and a time stop of maxHoldMinutes bars. Undefined when the target is not beyond the close.
 */
export function fadeEntry(side: number, x: S11Inputs, p: S11ParamValues): EntrySignal | undefined {
  if (!(x.atr > 0)) return undefined;
  const target = roundToTick(fadeTarget(side, x, p), x.tick);
  if (!(side * (target - x.close) > 0)) return undefined;
  const init = {
    stop: roundToTick(fadeStop(side, x, p), x.tick),
    target,
    // held exactly maxHoldMinutes bars: closed at the open maxHoldMinutes minutes after the fill
    timeStopBars: p.maxHoldMinutes,
    // At 1 contract the engine's sizing rule decides (fixed or risk-per-trade); another quantity fixes it.
    qty: fadeQty(p) === 1 ? undefined : fadeQty(p),
    tag: "S11-Fade",
  };
  return side > 0 ? Signal.long(init) : Signal.short(init);
}
