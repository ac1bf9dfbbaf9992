import { type EntrySignal, Signal } from "sessionkit";
import type { S3Context, S3Values } from "./context.js";
import type { Bracket } from "./levels.js";
import { clearPending, type S3State } from "./state.js";

/** The attempt cap of the bar's session: `attemptCapRTH` in RTH, `attemptCapOvernight` otherwise. */
export function attemptCap(ctx: S3Context, p: S3Values): number {
  return ctx.labels.session === 1 ? p.attemptCapRTH : p.attemptCapOvernight;
}

export function attemptsUsed(s: S3State, side: number): number {
  return side > 0 ? s.attemptsLong : s.attemptsShort;
}

/**
 * Emits an entry and charges its attempt, segment and cooldown. The charge is provisional: the
 * engine (or broker) may drop the order (schedule, session, sizing), so the next decision confirms
 * it and rolls it back when the order never reached the book (`confirmEntry`). One attempt per
 * signal: the reference charged two per breakout bar, signal or not (D3-6).
 */
export function emitEntry(
  ctx: S3Context,
  p: S3Values,
  s: S3State,
  side: number,
  br: Bracket,
  segmentStart: number,
  type: "market" | "limit",
  via: string,
): EntrySignal {
  if (side > 0) s.attemptsLong++;
  else s.attemptsShort++;
  s.prevUsedSegmentStart = s.usedSegmentStart;
  s.prevLastSignalTime = s.lastSignalTime;
  s.usedSegmentStart = segmentStart;
  s.lastSignalTime = ctx.bar.time;
  s.confirmSide = side;
  s.confirmTradeDate = ctx.labels.tradeDate;
  s.confirmTrades = ctx.position.tradesThisTradeDate;
  clearPending(s);
  const init = {
    entryType: type,
    entryPrice: type === "limit" ? br.entry : undefined,
    stop: br.stop,
    target: br.target1,
    target2: br.target2,
    scaleOut: 0.5,
    timeStopBars: p.maxBarsInTrade,
    validityBars: type === "limit" ? p.validityBars : 1,
    tags: ["S3", type === "limit" ? "retest" : "market", via],
  } as const;
  return side > 0 ? Signal.long(init) : Signal.short(init);
}

/**
 * Confirms the previous decision's entry: accepted when a position or working order exists, or a
 * trade was filled and closed since. Otherwise its attempt, segment mark and cooldown are returned.
 */
export function confirmEntry(ctx: S3Context, s: S3State): void {
  if (s.confirmSide === 0) return;
  const pos = ctx.position;
  const accepted =
    !pos.isFlat ||
    pos.hasPendingEntry ||
    (ctx.labels.tradeDate === s.confirmTradeDate && pos.tradesThisTradeDate > s.confirmTrades);
  if (!accepted) {
    if (s.attemptDate === s.confirmTradeDate) {
      if (s.confirmSide > 0) s.attemptsLong = Math.max(0, s.attemptsLong - 1);
      else s.attemptsShort = Math.max(0, s.attemptsShort - 1);
    }
    s.usedSegmentStart = s.prevUsedSegmentStart;
    s.lastSignalTime = s.prevLastSignalTime;
  }
  s.confirmSide = 0;
}
