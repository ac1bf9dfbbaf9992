import type { DecideContext } from "sessionkit";
import { closesBeyond, highestHigh, lastSwingHigh, lastSwingLow, lowestLow, volumeImbalance } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import type { S2FeatureName } from "./features.js";
import type { S2ParamValues } from "./params.js";
import { adrRoomOk, confirmedSide, levelsPass, passesPrefilter } from "./prefilter.js";
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
  const p = ctx.params;
  const close = ctx.bar.close;
  const { vwap, atr, z } = m;
  const nq = ctx.instrument.family === "NQ";
  if (!passesPrefilter(ctx.bars, p, nq, close, vwap, m.sigma, atr, z, m.q)) return undefined;
  return entryAfterPrefilter(ctx, m, (close - vwap) / atr);
}

/**
 * The rules after the prefilter of `findEntry` (a separate function so the prefilter, which most
 * bars end in, stays small enough for V8 to inline its reads). `a` = (close − VWAP) / ATR.
 */
function entryAfterPrefilter(ctx: S2Context, m: BarMarket, a: number): Trigger | undefined {
  const { bar, bars, features: f, labels, instrument } = ctx;
  const p = ctx.params;
  const tick = instrument.tick;
  const close = bar.close;
  const { vwap, atr, z } = m;
  // 5, 9, 10: ADR exhaustion, IB continuation, prior-day magnets
  const lv = ctx.state.levels;
  lv.adr = f.adr;
  lv.dayHigh = f.dayHigh;
  lv.dayLow = f.dayLow;
  lv.ibHigh = f.ibHigh;
  lv.ibLow = f.ibLow;
  lv.pdVwap = f.pdVwap;
  lv.pdClose = f.pdClose;
  if (!levelsPass(bars, p, lv, close, atr, z, tick, labels.etMinute)) return undefined;
  const adr = lv.adr;
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
  const longStretch = z <= -need || a <= -p.atrEnter;
  const shortStretch = z >= need || a >= p.atrEnter;
  let side = 0;
  if (longStretch && shortStretch) {
    // Degenerate (AtrEnter 0 at the VWAP): the reference's order, LONG's block first.
    side = longBlock(ctx, atr) ? 1 : shortBlock(ctx, atr) ? -1 : 0;
    if (side === 0 || !confirmed(ctx, m, side)) return undefined;
  } else if (longStretch || shortStretch) {
    // One side only: the ADR room of its entry and its reversal bar are required anyway, so test
    // them (cheap) before flow and room; every rule only blocks, so the order changes no decision.
    side = longStretch ? 1 : -1;
    if (!adrRoomOk(p, side, close, vwap, adr, tick)) return undefined;
    if (!confirmed(ctx, m, side)) return undefined;
    if (!(side > 0 ? longBlock(ctx, atr) : shortBlock(ctx, atr))) return undefined;
  } else return undefined;
  const pi = ctx.state.prices;
  pi.close = close;
  pi.vwap = vwap;
  pi.sigma = m.sigma;
  pi.atr = atr;
  pi.adr = adr;
  pi.tick = tick;
  pi.swingLow = lowestLow(bars, p.confirmLookback);
  pi.swingHigh = highestHigh(bars, p.confirmLookback);
  const ok = planPrices(p, side, pi, ctx.state.plan);
  if (!ok) return undefined;
  return side * z <= -need ? "sigma" : "atr";
}

/**
 * Room to the prior-day extreme (cheap: one feature read) and to the last pivot (a scan of up to 48
 * bars); a missing level passes (fixes D2-5). Both must hold, so the cheap one is tested first.
 */
function roomOk(ctx: S2Context, side: number, atr: number): boolean {
  const { bars, features: f, bar } = ctx;
  const tick = ctx.instrument.tick;
  const close = bar.close;
  const req = Math.max(S2_CONST.pdRoomAtr * Math.max(tick, atr), S2_CONST.pdRoomTicks * tick);
  const pd = side > 0 ? f.pdLow : f.pdHigh;
  if (Number.isFinite(pd) && side * (close - pd) < req) return false;
  const pivot = side > 0 ? lastSwingLow(bars) : lastSwingHigh(bars);
  return !(Number.isFinite(pivot) && side * (close - pivot) < S2_CONST.pivotRoomAtr * Math.max(tick, atr));
}

/** The reversal bar of `side` at the decision bar. */
function confirmed(ctx: S2Context, m: BarMarket, side: number): boolean {
  return confirmedSide(ctx.bars, m.vwap, m.sigma, side);
}

/** LONG's flow and room block (§1.5), after its stretch. */
function longBlock(ctx: S2Context, atr: number): boolean {
  return volumeImbalance(ctx.bars) >= S2_CONST.imbalanceLong && roomOk(ctx, 1, atr);
}

/** SHORT's flow and room block. */
function shortBlock(ctx: S2Context, atr: number): boolean {
  return volumeImbalance(ctx.bars) <= S2_CONST.imbalanceShort && roomOk(ctx, -1, atr);
}
