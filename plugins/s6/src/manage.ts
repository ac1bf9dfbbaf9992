import { type BarHistory, type PositionView, roundToTick, Signal } from "sessionkit";
import type { S6State } from "./state.js";

/** Bars of the swing the trailing stop follows (reference: 5). */
export const TRAIL_SWING_BARS = 5;
/** Open profit in R at which the stop starts trailing (reference: 0.8). */
export const TRAIL_TRIGGER_R = 0.8;

/** Lowest low (side > 0) or highest high (side < 0) of the last `n` bars, the current one included. */
export function swingExtreme(bars: BarHistory, side: number, n: number): number {
  let v = side > 0 ? bars.low(0) : bars.high(0);
  for (let k = 1; k < n; k++) {
    const x = side > 0 ? bars.low(k) : bars.high(k);
    if (side > 0 ? x < v : x > v) v = x;
  }
  return v;
}

/**
 * Trade management on every bar while the position is open, inside the window or not (the reference
 * stopped managing at 10:00, D6-4). Returns a modify signal that only ever tightens the stop and keeps
 * it on the protective side of the close, or hold. The time stop travels with the entry order.
 *  - once, at the first bar at or after the window end: in profit → stop to entry ± 1 tick, else
 *    trail to the 5-bar swing;
 *  - when open profit ≥ 0.8 R (R = the initial stop distance): trail to the 5-bar swing.
 */
export function manage(s: S6State, pos: PositionView, bars: BarHistory, afterWindow: boolean, tick: number): Signal {
  const side = pos.side;
  if (pos.entryTime !== s.posEntryTime) {
    s.posEntryTime = pos.entryTime;
    s.initialRisk = Math.abs(pos.entryPrice - pos.stop);
    s.windowEndDone = false;
  }
  const close = bars.close(0);
  let want = Number.NaN;
  if (afterWindow && !s.windowEndDone) {
    s.windowEndDone = true;
    want =
      side * (close - pos.entryPrice) > 0 ? pos.entryPrice + side * tick : swingExtreme(bars, side, TRAIL_SWING_BARS);
  }
  const r = s.initialRisk > 0 ? (side * (close - pos.entryPrice)) / s.initialRisk : 0;
  if (r >= TRAIL_TRIGGER_R) {
    const trail = swingExtreme(bars, side, TRAIL_SWING_BARS);
    if (Number.isNaN(want) || side * (trail - want) > 0) want = trail;
  }
  if (Number.isNaN(want)) return Signal.hold();
  const stop = roundToTick(want, tick);
  const tighter = Number.isNaN(pos.stop) || side * (stop - pos.stop) > 0;
  const protective = side * (close - stop) > 0;
  return tighter && protective ? Signal.modify({ stop, tag: "S6-Trail" }) : Signal.hold();
}
