import { defineStrategy, Signal } from "sessionkit";
import type { S3Context, S3Values } from "./context.js";
import { attemptCap, attemptsUsed, confirmEntry, emitEntry } from "./entry.js";
import { BIAS_SLOPE_MINUTES, s3Features, s3WarmupBars } from "./features.js";
import { inNewsBlock, inRollWindow, rangeGuardsBlock, rankThreshold, tooNearClose } from "./guards.js";
import { barQualityOk, bracketFor, impulse, segmentVwap, vwapHolds } from "./levels.js";
import { manageOpenPosition } from "./manage.js";
import { S3Params } from "./params.js";
import { onPending } from "./retest.js";
import { compressionRun, setupQualityOk } from "./setup.js";
import { clearPending, initialS3State, rollAttempts, type S3State } from "./state.js";

const HOLD = Signal.hold();
const MINUTE = 60_000;

export const S3_STRATEGY_ID = "S3";

/**
 * A cheap necessary condition for anything but HOLD in `scanBreakout`: the box contains the previous
 * bar, and every buffer is at least `confirmBreakAtrMult`·ATR·min(1, contraBufferMult) (+ the
 * overnight add), so a breakout or a failed poke needs this bar to reach that far beyond the previous
 * bar's range, or to close beyond the Keltner channel. Most bars fail it and skip the setup scan.
 */
function mayBreak(ctx: S3Context, p: S3Values, atr: number): boolean {
  const bar = ctx.bar;
  const f = ctx.features;
  const add = ctx.labels.session === 0 ? p.overnightBufferAdd * atr : 0;
  const buf = p.confirmBreakAtrMult * atr * Math.min(1, p.contraBufferMult) + add;
  return (
    bar.high > ctx.bars.high(1) + buf ||
    bar.low < ctx.bars.low(1) - buf ||
    bar.close > f.kcUp + buf ||
    bar.close < f.kcDn - buf
  );
}

/** Whether the trade date lies in the roll window, computed once per trade date and parameter set. */
function rollWindowCached(ctx: S3Context, p: S3Values, s: S3State): boolean {
  const d = ctx.labels.tradeDate;
  if (d !== s.rollDate || p !== s.rollParams) {
    s.rollDate = d;
    s.rollParams = p;
    s.rollIn = inRollWindow(d, p);
  }
  return s.rollIn;
}

/** Looks for a breakout of the compression box on the decision bar (gates in the reference's order). */
function scanBreakout(ctx: S3Context, p: S3Values, s: S3State): Signal {
  const bar = ctx.bar;
  const f = ctx.features;
  const t = bar.time;
  const setup = s.setup;
  const roll = rollWindowCached(ctx, p, s);
  const thr = rankThreshold(ctx, p, roll);
  // kept current on every flat bar, so it extends in O(1) (see compressionRun)
  compressionRun(ctx, p, thr, setup);
  if (t <= s.invalidUntil) return HOLD;
  if (inNewsBlock(ctx.labels.etMinute, p)) return HOLD;
  if (bar.volume < p.minVolume) return HOLD;
  const atr = f.atr;
  if (!(atr > 0)) return HOLD;
  if (t - s.lastSignalTime < p.segmentCooldownMinutes * MINUTE) return HOLD;
  if (ctx.position.barsSinceExit < p.cooldownBars) return HOLD;
  if (setup.run < p.minSqueezeBars) return HOLD;
  if (!mayBreak(ctx, p, atr)) return HOLD;
  if (roll && !(f.at("widthRank", 1) <= thr)) return HOLD;
  if (p.onePerSegment && setup.startTime === s.usedSegmentStart) return HOLD;

  const tick = ctx.instrument.tick;
  // 5-minute bias in ticks per minute (the unit of S2's slope threshold)
  const slope = (f.bias - f.at("bias", BIAS_SLOPE_MINUTES)) / BIAS_SLOPE_MINUTES / tick;
  const biasUp = slope > p.minSlopeTf2;
  const biasDn = slope < -p.minSlopeTf2;
  const base = p.confirmBreakAtrMult * atr;
  const add = ctx.labels.session === 0 ? p.overnightBufferAdd * atr : 0;
  // breaking against the bias needs a wider confirmation
  const bufUp = base * (biasDn ? p.contraBufferMult : 1) + add;
  const bufDn = base * (biasUp ? p.contraBufferMult : 1) + add;
  const c = bar.close;
  const { boxHi, boxLo } = setup;
  const boxUp = c > boxHi + bufUp;
  const boxDn = c < boxLo - bufDn;
  const kcUp = biasUp && c > f.kcUp + bufUp;
  const kcDn = biasDn && c < f.kcDn - bufDn;
  const side = boxUp || kcUp ? 1 : boxDn || kcDn ? -1 : 0;
  // a poke beyond the box that closed back inside it is a failed breakout
  const poke = side === 0 && ((bar.high > boxHi + bufUp && c < boxHi) || (bar.low < boxLo - bufDn && c > boxLo));
  if (side === 0 && !poke) return HOLD;
  // the narrow-range and width tests of the setup, only for bars that can act on it
  if (!setupQualityOk(ctx, p, setup)) return HOLD;
  if (poke) {
    s.invalidUntil = t + p.earlyInvalidateBars * MINUTE;
    return HOLD;
  }
  // VolZ in the breakout's direction: the reference's [−0.5, 2.5] on the raw z blocked most breakdowns
  const vz = side * f.volz;
  if (vz < p.volZMin || vz > p.volZMax) return HOLD;
  if (!barQualityOk(ctx, p, side)) return HOLD;
  if (impulse(ctx, Math.max(1e-9, boxHi - boxLo)) < p.impulseScoreMin) return HOLD;
  const bbHalf = p.bbMult * f.sd;
  if (rangeGuardsBlock(ctx, p, side, f.mid + bbHalf, f.mid - bbHalf)) return HOLD;
  if (attemptsUsed(s, side) >= attemptCap(ctx, p)) return HOLD;
  // no position that would be flattened at the trade date's close within ENTRY_CUTOFF_MINUTES
  if (tooNearClose(ctx, s)) return HOLD;
  const via = (side > 0 ? boxUp : boxDn) ? "box" : "kc";
  if (p.entryMode === "retest") {
    s.pendSide = side;
    s.pendTime = t;
    s.pendTradeDate = ctx.labels.tradeDate;
    s.pendBoxHi = boxHi;
    s.pendBoxLo = boxLo;
    s.pendSegmentStart = setup.startTime;
    s.pendVia = via;
    return HOLD;
  }
  if (!vwapHolds(ctx, side, segmentVwap(ctx, setup.startTime))) return HOLD;
  if (!bracketFor(ctx, p, side, c, boxHi, boxLo, s.bracket)) return HOLD;
  return emitEntry(ctx, p, s, side, s.bracket, setup.startTime, "market", via);
}

function decide(ctx: S3Context): Signal {
  const s = ctx.state;
  confirmEntry(ctx, s);
  if (!ctx.position.isFlat) {
    clearPending(s);
    return manageOpenPosition(ctx, s);
  }
  s.mgmtEntryTime = Number.NaN;
  if (ctx.position.hasPendingEntry) return HOLD;
  const p = ctx.params;
  rollAttempts(s, ctx.labels.tradeDate, ctx.labels.session);
  if (s.pendSide !== 0) {
    const pending = onPending(ctx, p, s);
    if (pending !== undefined) return pending;
  }
  return scanBreakout(ctx, p, s);
}

/**
 * S3, Bollinger/Keltner squeeze breakout (SPEC §5): after a compression, trade the break of the box
 * of the compressed bars before the breakout bar, on a real retest (or at market), with the stop
 * beyond the box and two targets (scale-out at the first). Reads the ParamSet of the session of the
 * decision bar; an open position is managed with the set it entered with.
 */
export const s3Strategy = defineStrategy({
  id: S3_STRATEGY_ID,
  apiVersion: 1,
  description: "Bollinger/Keltner squeeze breakout with retest entry and R1/R2 scale-out",
  params: S3Params,
  features: (p) => s3Features(p),
  warmup: ({ params }) => s3WarmupBars(params),
  // An intraday strategy: never hold a position through the daily halt (or a holiday / early close).
  flatten: "trade-date",
  initialState: initialS3State,
  decide: decide as (ctx: S3Context) => Signal,
});
