import { Signal } from "sessionkit";
import type { S3Context, S3Values } from "./context.js";
import { attemptCap, attemptsUsed, emitEntry } from "./entry.js";
import { inNewsBlock, tooNearClose } from "./guards.js";
import { bracketFor, segmentVwap, vwapHolds } from "./levels.js";
import { clearPending, type S3State } from "./state.js";

const HOLD = Signal.hold();
const MINUTE = 60_000;

/**
 * A breakout waiting for its retest (D3-3: the reference never waited). Returns the entry, HOLD
 * while still waiting, or undefined when the wait ended (expired, new trade date) so the bar is
 * scanned for a new breakout.
 */
export function onPending(ctx: S3Context, p: S3Values, s: S3State): Signal | undefined {
  if (ctx.labels.tradeDate !== s.pendTradeDate) {
    clearPending(s);
    return undefined;
  }
  // bars since the breakout bar, found by its timestamp (stable in growing and sliding windows)
  let since = Number.POSITIVE_INFINITY;
  for (let k = 1; k <= p.retestBars && k < ctx.bars.length; k++) {
    if (ctx.bars.time(k) === s.pendTime) {
      since = k;
      break;
    }
  }
  if (since > p.retestBars) {
    clearPending(s);
    return undefined;
  }
  const side = s.pendSide;
  const bar = ctx.bar;
  const backoff = p.retestBackoffTicks * ctx.instrument.tick;
  const failed = side > 0 ? bar.close < s.pendBoxHi - backoff : bar.close > s.pendBoxLo + backoff;
  if (failed) {
    // a close back inside the box: the breakout failed; no new breakout for earlyInvalidateBars
    clearPending(s);
    s.invalidUntil = bar.time + p.earlyInvalidateBars * MINUTE;
    return HOLD;
  }
  const touched = side > 0 ? bar.low <= s.pendBoxHi + backoff : bar.high >= s.pendBoxLo - backoff;
  if (!touched || inNewsBlock(ctx.labels.etMinute, p)) return HOLD;
  if (attemptsUsed(s, side) >= attemptCap(ctx, p)) {
    clearPending(s);
    return HOLD;
  }
  if (!vwapHolds(ctx, side, segmentVwap(ctx, s.pendSegmentStart))) return HOLD;
  if (tooNearClose(ctx, s)) {
    // too late in the trade date for a new position; it cannot become earlier
    clearPending(s);
    return HOLD;
  }
  const entry = side > 0 ? Math.max(bar.close, s.pendBoxHi - backoff) : Math.min(bar.close, s.pendBoxLo + backoff);
  if (!bracketFor(ctx, p, side, entry, s.pendBoxHi, s.pendBoxLo, s.bracket)) {
    clearPending(s);
    return HOLD;
  }
  return emitEntry(ctx, p, s, side, s.bracket, s.pendSegmentStart, "limit", s.pendVia);
}
