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
 * Fills `out` and returns whether the squeeze is armed: at least `minSqueezeBars` compressed bars
 * before the decision bar, a narrow-range cluster of at least `nrClusterMinBars` of those bars with
 * true range ≤ `nrClusterRatio` × the look-back's median true range, and a Bollinger width that did not rise (beyond
 * `widthSlopeTol`, relative) over the last `widthSlopeDownBars` bars.
 */
export function analyseSetup(ctx: S3Context, p: S3Values, rankThresh: number, out: SetupScratch): boolean {
  const lookback = p.preSqueezeLookback;
  const avail = ctx.bars.length - 1;
  let run = 0;
  while (run < lookback && run < avail && compressedAt(ctx, p, run + 1, rankThresh)) run++;
  out.run = run;
  out.startTime = Number.NaN;
  out.boxHi = Number.NaN;
  out.boxLo = Number.NaN;
  out.narrow = 0;
  out.widthFalling = false;
  if (run < p.minSqueezeBars) {
    out.failed = "squeeze";
    return false;
  }
  let hi = Number.NEGATIVE_INFINITY;
  let lo = Number.POSITIVE_INFINITY;
  for (let k = 1; k <= run; k++) {
    const h = ctx.bars.high(k);
    const l = ctx.bars.low(k);
    if (h > hi) hi = h;
    if (l < lo) lo = l;
  }
  out.startTime = ctx.bars.time(run);
  out.boxHi = hi;
  out.boxLo = lo;
  // narrow-range bars inside the compression run (the reference counted back from the breakout bar
  // itself, which is wide by definition, so the cluster test failed exactly when a breakout came)
  const limit = p.nrClusterRatio * ctx.features.at("trMedian", 1);
  let narrow = 0;
  for (let k = 1; k <= run; k++) if (trueRangeAt(ctx, k) <= limit) narrow++;
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
