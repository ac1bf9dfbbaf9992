import { roundToTick } from "sessionkit";
import type { S3Context, S3Values } from "./context.js";

/** The reference's hard-coded constants, kept. */
export const SWING_STOP_BARS = 5;
export const IMPULSE_BARS = 3;
export const VWAP_HOLD_BARS = 2;
export const EXPANSION_CLAMP_LO = 0.8;
export const EXPANSION_CLAMP_HI = 2.5;
export const EXPANSION_FALLBACK = 1.6;

/**
 * Breakout-bar quality tied to the side (D3-4): a long needs its close in the top of the bar
 * (closePos ≥ breakQMinClosePos) and a small upper wick, a short the mirror. A wick is measured from
 * the body (max/min of open and close), never through it, so a bearish breakdown bar is not judged
 * by its body.
 */
export function barQualityOk(ctx: S3Context, p: S3Values, side: number): boolean {
  const b = ctx.bar;
  const rng = Math.max(1e-9, b.high - b.low);
  const closePos = (b.close - b.low) / rng;
  if (side > 0) {
    const upperWick = (b.high - Math.max(b.open, b.close)) / rng;
    return closePos >= p.breakQMinClosePos && upperWick <= p.breakQMaxOppWick;
  }
  const lowerWick = (Math.min(b.open, b.close) - b.low) / rng;
  return 1 - closePos >= p.breakQMinClosePos && lowerWick <= p.breakQMaxOppWick;
}

/** (highest high − lowest low of the last 3 bars, the decision bar included) / box width. */
export function impulse(ctx: S3Context, boxW: number): number {
  let hi = Number.NEGATIVE_INFINITY;
  let lo = Number.POSITIVE_INFINITY;
  for (let k = 0; k < IMPULSE_BARS; k++) {
    const h = ctx.bars.high(k);
    const l = ctx.bars.low(k);
    if (h > hi) hi = h;
    if (l < lo) lo = l;
  }
  return (hi - lo) / boxW;
}

/**
 * Typical-price VWAP of the bars from the segment start through the decision bar; the plain mean of
 * the typical prices when they carry no volume.
 */
export function segmentVwap(ctx: S3Context, segmentStart: number): number {
  const b = ctx.bars;
  let pv = 0;
  let v = 0;
  let tp = 0;
  let n = 0;
  for (let k = 0; k < b.length && b.time(k) >= segmentStart; k++) {
    const typical = (b.high(k) + b.low(k) + b.close(k)) / 3;
    const vol = Math.max(0, b.volume(k));
    pv += typical * vol;
    v += vol;
    tp += typical;
    n++;
  }
  if (n === 0) return Number.NaN;
  return v > 0 ? pv / v : tp / n;
}

/** The last two closes are on the breakout side of the segment VWAP. */
export function vwapHolds(ctx: S3Context, side: number, vwap: number): boolean {
  if (!Number.isFinite(vwap)) return true;
  for (let k = 0; k < VWAP_HOLD_BARS; k++) {
    const c = ctx.bars.close(k);
    if (side > 0 ? c < vwap : c > vwap) return false;
  }
  return true;
}

/**
 * Expected expansion of the breakout in points: the `expansionQuantile` of the recent true ranges
 * over half the box width, clamped to [0.8, 2.5] (fallback 1.6), times the box width.
 */
export function expansionMove(ctx: S3Context, boxW: number): number {
  const q = ctx.features.trQuant;
  let factor = EXPANSION_FALLBACK;
  if (Number.isFinite(q) && q > 0 && boxW > 0) {
    factor = Math.min(EXPANSION_CLAMP_HI, Math.max(EXPANSION_CLAMP_LO, q / (boxW / 2)));
  }
  return factor * boxW;
}

/** Entry, stop and both targets of one signal, in prices rounded to the tick. */
export class Bracket {
  entry = Number.NaN;
  stop = Number.NaN;
  target1 = Number.NaN;
  target2 = Number.NaN;
}

/**
 * Fills `out` for an entry at `entry` on `side` and returns false when the risk is not positive.
 * Stop: beyond the box by `stopAtrMult` × ATR, or beyond the 5-bar swing if that is farther.
 * Targets ("expansion"): T1 = max(targetR1·R, half the expected move), T2 = max(targetR2·R, the
 * move); ("fixed"): T1 = targetR1·R, T2 = targetR2·R. T2 always lies beyond T1.
 */
export function bracketFor(
  ctx: S3Context,
  p: S3Values,
  side: number,
  entry: number,
  boxHi: number,
  boxLo: number,
  out: Bracket,
): boolean {
  const tick = ctx.instrument.tick;
  const atr = ctx.features.atr;
  let swing = side > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  for (let k = 0; k < SWING_STOP_BARS; k++) {
    swing = side > 0 ? Math.min(swing, ctx.bars.low(k)) : Math.max(swing, ctx.bars.high(k));
  }
  const boxStop = side > 0 ? boxLo - p.stopAtrMult * atr : boxHi + p.stopAtrMult * atr;
  const e = roundToTick(entry, tick);
  const stop = roundToTick(side > 0 ? Math.min(boxStop, swing) : Math.max(boxStop, swing), tick);
  const r = side * (e - stop);
  if (!(r >= tick)) return false;
  let d1 = p.targetR1 * r;
  let d2 = p.targetR2 * r;
  if (p.targetsMode === "expansion") {
    const move = expansionMove(ctx, Math.max(1e-9, boxHi - boxLo));
    d1 = Math.max(d1, 0.5 * move);
    d2 = Math.max(d2, move);
  }
  const t1 = roundToTick(e + side * d1, tick);
  let t2 = roundToTick(e + side * d2, tick);
  if (!(side * (t2 - t1) > 0)) t2 = t1 + side * tick;
  out.entry = e;
  out.stop = stop;
  out.target1 = t1;
  out.target2 = t2;
  return true;
}
