import { roundToTick, Signal } from "sessionkit";
import type { S3Context, S3Values } from "./context.js";
import type { S3State } from "./state.js";

const HOLD = Signal.hold();

/**
 * Manages the open position with the parameters it entered with (an open position keeps its
 * ParamSet). Until the first target is reached, the bracket works alone. After it (a scale-out with
 * 2+ contracts; with one contract the engine has moved the stop to break-even): the stop moves
 * up to lock the first target minus `givebackAfterT1R` × the initial risk (exit at once when price is
 * already back through that level) and trails `trailAtrMult` × ATR behind the best price since the
 * fill (0 turns the trail off). The stop only ever tightens.
 */
export function manageOpenPosition(ctx: S3Context, s: S3State): Signal {
  const pos = ctx.position;
  const p = (pos.params ?? ctx.params) as S3Values;
  const side = pos.side;
  const bar = ctx.bar;
  if (s.mgmtEntryTime !== pos.entryTime) {
    s.mgmtEntryTime = pos.entryTime;
    s.mgmtTarget1 = pos.target;
    s.mgmtRisk = Math.abs(pos.entryPrice - pos.stop);
    s.mgmtBest = pos.entryPrice;
  }
  s.mgmtBest = side > 0 ? Math.max(s.mgmtBest, bar.high) : Math.min(s.mgmtBest, bar.low);
  if (!pos.target1Hit || !Number.isFinite(s.mgmtTarget1) || !(s.mgmtRisk > 0)) return HOLD;
  const tick = ctx.instrument.tick;
  const lock = s.mgmtTarget1 - side * p.givebackAfterT1R * s.mgmtRisk;
  if (side * (bar.close - lock) <= 0) return Signal.exit({ tag: "S3-giveback" });
  let want = side > 0 ? Math.max(pos.stop, lock) : Math.min(pos.stop, lock);
  const atr = ctx.features.atr;
  if (p.trailAtrMult > 0 && atr > 0) {
    const trail = s.mgmtBest - side * p.trailAtrMult * atr;
    want = side > 0 ? Math.max(want, trail) : Math.min(want, trail);
  }
  // round toward the position's side, so the rounded stop never crosses the close
  want = side > 0 ? Math.floor(want / tick + 1e-9) * tick : Math.ceil(want / tick - 1e-9) * tick;
  want = roundToTick(want, tick);
  if (side * (want - pos.stop) >= tick && side * (bar.close - want) > 0) {
    return Signal.modify({ stop: want, tag: "S3-trail" });
  }
  return HOLD;
}
