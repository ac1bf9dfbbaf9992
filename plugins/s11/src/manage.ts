import { type BarHistory, type PositionView, roundToTick, Signal } from "sessionkit";

/** Bars of the swing the trailing stop follows (reference: 5). */
export const TRAIL_SWING_BARS = 5;
/** Open profit in R at which the stop starts trailing (reference: 0.5). */
export const TRAIL_TRIGGER_R = 0.5;

/** Per-position management state, keyed by the position's entry time. */
export interface S11PositionState {
  posEntryTime: number;
  /** |entry − initial stop|, the unit of R. */
  initialRisk: number;
}

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
 * Management on every bar while the position is open, inside the window or not (the reference managed
 * only inside it, D11-4): from 0.5 R of open profit (R = the initial stop distance; the reference
 * recomputed it from the IB each bar) the stop trails the 5-bar swing, only ever tightening and never
 * crossing the close. The time stop travels with the entry order.
 */
export function manage(s: S11PositionState, pos: PositionView, bars: BarHistory, tick: number): Signal {
  const side = pos.side;
  if (pos.entryTime !== s.posEntryTime) {
    s.posEntryTime = pos.entryTime;
    s.initialRisk = Math.abs(pos.entryPrice - pos.stop);
  }
  const close = bars.close(0);
  const r = s.initialRisk > 0 ? (side * (close - pos.entryPrice)) / s.initialRisk : 0;
  if (r < TRAIL_TRIGGER_R) return Signal.hold();
  const stop = roundToTick(swingExtreme(bars, side, TRAIL_SWING_BARS), tick);
  const tighter = Number.isNaN(pos.stop) || side * (stop - pos.stop) > 0;
  const protective = side * (close - stop) > 0;
  return tighter && protective ? Signal.modify({ stop, tag: "S11-Trail" }) : Signal.hold();
}
