import type { DecideContext } from "sessionkit";
import {
  bearConfirm,
  bullConfirm,
  closesBeyond,
  decelerating,
  highestHigh,
  lastSwingHigh,
  lastSwingLow,
  lowestLow,
  volumeImbalance,
} from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import type { S2FeatureName } from "./features.js";
import type { S2ParamValues } from "./params.js";
import { planPrices } from "./prices.js";
import type { S2State } from "./state.js";
import { rollWeekOf } from "./state.js";
import { dynamicSigma } from "./threshold.js";

export type S2Context = DecideContext<S2ParamValues, S2FeatureName, S2State>;

/** What the strategy already computed for the bar (gates 1–4 passed). */
export interface BarMarket {
  vwap: number;
  sigma: number;
  atr: number;
  volz: number;
  z: number;
  /** The adaptive quantile of the bar's ET hour before this bar was folded in. */
  q: number;
}

/** Why an entry fired: the stretch trigger (σ band or ATR distance). */
export type Trigger = "sigma" | "atr";

/**
 * Gates 5–10 and the entry conditions of strategies reference §1.3–§1.6 with the SPEC §5 fixes.
 * Writes the prices into `ctx.state.plan` and returns the trigger, or undefined for no entry.
 */
export function findEntry(ctx: S2Context, m: BarMarket): Trigger | undefined {
  const { bar, bars, features: f, labels, instrument } = ctx;
  const p = ctx.params;
  const tick = instrument.tick;
  const close = bar.close;
  const { vwap, atr, z } = m;
  // 5. ADR exhaustion: today's (trade date's) range already beyond 1.2 × ADR of completed dates
  const adr = f.adr;
  if (adr > 0 && f.dayHigh - f.dayLow > S2_CONST.adrExhaustionCap * adr) return undefined;
  // 9. IB continuation: no fade against a fresh break of the initial balance (fixes D2-4)
  if (labels.etMinute >= p.ibEndMinute && f.ibHigh > 0 && f.ibLow > 0 && Math.abs(z) < S2_CONST.ibOverrideZ) {
    const edge = S2_CONST.ibBreakAtr * atr;
    const brokeUp = close > f.ibHigh && lowestLow(bars, S2_CONST.ibBreakBars) > f.ibHigh - edge;
    const brokeDn = close < f.ibLow && highestHigh(bars, S2_CONST.ibBreakBars) < f.ibLow + edge;
    if ((brokeUp && z > 0) || (brokeDn && z < 0)) return undefined;
  }
  // 10. prior-day magnets: too close to the previous trade date's VWAP or close
  const near = S2_CONST.magnetAtr * Math.max(tick, atr);
  if (Math.abs(close - f.pdVwap) <= near || Math.abs(close - f.pdClose) <= near) return undefined;
  // dynamic σ threshold (§1.4)
  const t = ctx.state.threshold;
  const slopeTicks = (f.ema - f.at("ema", S2_CONST.slopeBars)) / S2_CONST.slopeBars / tick;
  t.nq = instrument.family === "NQ";
  t.rollWeek = rollWeekOf(ctx.state, labels.tradeDate);
  t.z = z;
  t.q = m.q;
  t.slopeTicks = Number.isFinite(slopeTicks) ? slopeTicks : 0;
  t.volz = m.volz;
  t.etMinute = labels.etMinute;
  t.strongUp = t.slopeTicks > p.minSlopeTf2 && closesBeyond(bars, vwap, S2_CONST.streakBars, 1) >= S2_CONST.streakNeed;
  t.strongDn =
    t.slopeTicks < -p.minSlopeTf2 && closesBeyond(bars, vwap, S2_CONST.streakBars, -1) >= S2_CONST.streakNeed;
  const need = dynamicSigma(p, t);
  const a = (close - vwap) / atr;
  const side = longSetup(ctx, m, need, a) ? 1 : shortSetup(ctx, m, need, a) ? -1 : 0;
  if (side === 0) return undefined;
  // deceleration and a reversal bar (§1.5); LONG's setup, once true, is never followed by SHORT
  if (!decelerating(bars, vwap, p.confirmLookback)) return undefined;
  const band = vwap - side * S2_CONST.confirmBandSigma * m.sigma;
  if (!(side > 0 ? bullConfirm(bars, band) : bearConfirm(bars, band))) return undefined;
  const ok = planPrices(
    p,
    side,
    {
      close,
      vwap,
      sigma: m.sigma,
      atr,
      adr,
      tick,
      swingLow: lowestLow(bars, p.confirmLookback),
      swingHigh: highestHigh(bars, p.confirmLookback),
    },
    ctx.state.plan,
  );
  if (!ok) return undefined;
  return side * z <= -need ? "sigma" : "atr";
}

/** Room to the last pivot and to the prior-day extreme; a missing level passes (fixes D2-5). */
function roomOk(ctx: S2Context, side: number, atr: number): boolean {
  const { bars, features: f, bar } = ctx;
  const tick = ctx.instrument.tick;
  const close = bar.close;
  const pivot = side > 0 ? lastSwingLow(bars) : lastSwingHigh(bars);
  if (Number.isFinite(pivot) && side * (close - pivot) < S2_CONST.pivotRoomAtr * Math.max(tick, atr)) return false;
  const req = Math.max(S2_CONST.pdRoomAtr * Math.max(tick, atr), S2_CONST.pdRoomTicks * tick);
  const pd = side > 0 ? f.pdLow : f.pdHigh;
  return !(Number.isFinite(pd) && side * (close - pd) < req);
}

function longSetup(ctx: S2Context, m: BarMarket, need: number, a: number): boolean {
  if (!(m.z <= -need || a <= -ctx.params.atrEnter)) return false;
  if (volumeImbalance(ctx.bars) < S2_CONST.imbalanceLong) return false;
  return roomOk(ctx, 1, m.atr);
}

function shortSetup(ctx: S2Context, m: BarMarket, need: number, a: number): boolean {
  if (!(m.z >= need || a >= ctx.params.atrEnter)) return false;
  if (volumeImbalance(ctx.bars) > S2_CONST.imbalanceShort) return false;
  return roomOk(ctx, -1, m.atr);
}
