import type { S3Context, S3Values } from "./context.js";
import { trueRangeAt } from "./context.js";

/**
 * The compression setup behind a breakout, read from the bars BEFORE the decision bar (k ≥ 1): the
 * reference built its box through the breakout bar, so a box breakout could never fire (D3-1), and
 * required the squeeze to still be on at the breakout bar (D3-2). One instance per strategy run is
 * reused, so the hot path allocates nothing.
 */
export class SetupScratch {
  /** Consecutive compressed bars ending at the previous bar (capped at the look-back). */
  run = 0;
  /** Open time of the first bar of that run: the segment's identity. */
  startTime = Number.NaN;
  boxHi = Number.NaN;
  boxLo = Number.NaN;
  /** Narrow-range bars among the compression run. */
  narrow = 0;
  widthFalling = false;
  /** Which rule failed first, for tests and diagnostics ("" when armed). */
  failed = "";
  /**
   * The run above was computed for the decision bar after the bar with this open time, with this
   * threshold and look-back: the next bar extends it in O(1) instead of rescanning (keyed by bar
   * timestamps, so a gap in the calls or a changed threshold simply rescans).
   */
  cacheEndTime = Number.NaN;
  cacheThr = Number.NaN;
  cacheLookback = 0;
  cacheParams: object | undefined = undefined;
}

/**
 * A bar is compressed when its Bollinger bands sit inside its Keltner channel (TTM squeeze; both
 * share the EMA centre, so the test is bbMult·σ ≤ kcMult·ATR) or its width rank is at most
 * `rankThresh`.
 */
export function compressedAt(ctx: S3Context, p: S3Values, k: number, rankThresh: number): boolean {
  const f = ctx.features;
  if (p.bbMult * f.at("sd", k) <= p.kcMult * f.at("atrKc", k)) return true;
  return f.at("widthRank", k) <= rankThresh;
}

/**
 * Fills the run, box and segment start of `out`: the compressed bars ending at the previous bar, at
 * most `preSqueezeLookback` of them. Equal to a full rescan; the previous bar's run is reused when it
 * was computed for the bar just before with the same threshold and parameter set.
 */
export function compressionRun(ctx: S3Context, p: S3Values, rankThresh: number, out: SetupScratch): void {
  const lookback = p.preSqueezeLookback;
  const b = ctx.bars;
  const reusable =
    out.cacheEndTime === b.time(2) &&
    out.cacheThr === rankThresh &&
    out.cacheParams === p &&
    out.cacheLookback === lookback &&
    out.run < lookback;
  out.cacheEndTime = b.time(1);
  out.cacheThr = rankThresh;
  out.cacheParams = p;
  out.cacheLookback = lookback;
  if (reusable) {
    if (!compressedAt(ctx, p, 1, rankThresh)) {
      setRun(out, 0, Number.NaN, Number.NaN, Number.NaN);
    } else if (out.run === 0) {
      setRun(out, 1, b.time(1), b.high(1), b.low(1));
    } else {
      setRun(out, out.run + 1, out.startTime, Math.max(out.boxHi, b.high(1)), Math.min(out.boxLo, b.low(1)));
    }
    return;
  }
  const avail = b.length - 1;
  let run = 0;
  while (run < lookback && run < avail && compressedAt(ctx, p, run + 1, rankThresh)) run++;
  if (run === 0) {
    setRun(out, 0, Number.NaN, Number.NaN, Number.NaN);
    return;
  }
  let hi = Number.NEGATIVE_INFINITY;
  let lo = Number.POSITIVE_INFINITY;
  for (let k = 1; k <= run; k++) {
    const h = b.high(k);
    const l = b.low(k);
    if (h > hi) hi = h;
    if (l < lo) lo = l;
  }
  setRun(out, run, b.time(run), hi, lo);
}

function setRun(out: SetupScratch, run: number, start: number, hi: number, lo: number): void {
  out.run = run;
  out.startTime = start;
  out.boxHi = hi;
  out.boxLo = lo;
}

/**
 * The quality half of the setup, for a run already in `out`: at least `nrClusterMinBars` of the run's
 * bars with true range ≤ `nrClusterRatio` × the look-back's median true range, and a Bollinger width
 * that rose by at most `widthSlopeTol` (relative) at each step of the last `widthSlopeDownBars` bars.
 */
export function setupQualityOk(ctx: S3Context, p: S3Values, out: SetupScratch): boolean {
  // narrow-range bars inside the compression run (the reference counted back from the breakout bar
  // itself, which is wide by definition, so the cluster test failed exactly when a breakout came)
  const limit = p.nrClusterRatio * ctx.features.at("trMedian", 1);
  let narrow = 0;
  for (let k = 1; k <= out.run; k++) if (trueRangeAt(ctx, k) <= limit) narrow++;
  out.narrow = narrow;
  if (narrow < p.nrClusterMinBars) {
    out.failed = "narrow-range";
    return false;
  }
  out.widthFalling = widthNotRising(ctx, p);
  if (!out.widthFalling) {
    out.failed = "width-slope";
    return false;
  }
  out.failed = "";
  return true;
}

/**
 * The whole setup: returns whether the squeeze is armed (≥ `minSqueezeBars` compressed bars before
 * the decision bar, then `setupQualityOk`).
 */
export function analyseSetup(ctx: S3Context, p: S3Values, rankThresh: number, out: SetupScratch): boolean {
  compressionRun(ctx, p, rankThresh, out);
  out.narrow = 0;
  out.widthFalling = false;
  if (out.run < p.minSqueezeBars) {
    out.failed = "squeeze";
    return false;
  }
  return setupQualityOk(ctx, p, out);
}

/** Each step of the width over the last `widthSlopeDownBars` bars before the decision bar is ≤ the previous × (1 + tol). */
function widthNotRising(ctx: S3Context, p: S3Values): boolean {
  const f = ctx.features;
  const grow = 1 + p.widthSlopeTol;
  for (let k = 1; k < p.widthSlopeDownBars; k++) {
    const newer = f.at("width", k);
    const older = f.at("width", k + 1);
    if (!(newer <= older * grow)) return false;
  }
  return true;
}
