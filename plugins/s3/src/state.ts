import { Bracket } from "./levels.js";
import { SetupScratch } from "./setup.js";

/**
 * S3's own state per symbol, keyed by bar timestamps and trade dates (never list positions or the
 * machine's date), so a growing series, a sliding window and a live feed all see the same state.
 * Times are bar open times in epoch ms; NaN means "none".
 */
export interface S3State {
  /** Start time of the compression segment that already produced an entry (onePerSegment). */
  usedSegmentStart: number;
  /** Decision time of the last entry signal (segmentCooldownMinutes). */
  lastSignalTime: number;
  /** No new breakout is considered on bars with time ≤ this (early invalidation after a failed break). */
  invalidUntil: number;

  /** A breakout waiting for its retest: +1 long, −1 short, 0 none. */
  pendSide: number;
  pendTime: number;
  pendTradeDate: number;
  pendBoxHi: number;
  pendBoxLo: number;
  pendSegmentStart: number;
  /** "box" or "kc": which test the breakout passed (for the tags). */
  pendVia: string;

  /** Attempt counters of one (trade date, session), per side. */
  attemptDate: number;
  attemptSession: number;
  attemptsLong: number;
  attemptsShort: number;

  /** An entry signal awaiting the engine's acceptance (0 none); the values to restore if it was dropped. */
  confirmSide: number;
  confirmTradeDate: number;
  confirmTrades: number;
  prevUsedSegmentStart: number;
  prevLastSignalTime: number;

  /** Management of the open position: identified by its entry time. */
  mgmtEntryTime: number;
  mgmtTarget1: number;
  mgmtRisk: number;
  /** Highest high (long) / lowest low (short) since the fill. */
  mgmtBest: number;

  /** The trade date whose close time `closeTime` holds (epoch ms of its halt or close; entryCutoff). */
  closeDate: number;
  closeTime: number;

  /** The roll-window answer of one trade date and parameter set. */
  rollDate: number;
  rollParams: object | undefined;
  rollIn: boolean;

  /** Reused scratch objects: decide() allocates nothing per bar. */
  readonly setup: SetupScratch;
  readonly bracket: Bracket;
}

export function initialS3State(): S3State {
  return {
    usedSegmentStart: Number.NaN,
    lastSignalTime: Number.NaN,
    invalidUntil: Number.NaN,
    pendSide: 0,
    pendTime: Number.NaN,
    pendTradeDate: 0,
    pendBoxHi: Number.NaN,
    pendBoxLo: Number.NaN,
    pendSegmentStart: Number.NaN,
    pendVia: "box",
    attemptDate: 0,
    attemptSession: -2,
    attemptsLong: 0,
    attemptsShort: 0,
    confirmSide: 0,
    confirmTradeDate: 0,
    confirmTrades: 0,
    prevUsedSegmentStart: Number.NaN,
    prevLastSignalTime: Number.NaN,
    mgmtEntryTime: Number.NaN,
    mgmtTarget1: Number.NaN,
    mgmtRisk: Number.NaN,
    mgmtBest: Number.NaN,
    closeDate: 0,
    closeTime: Number.NaN,
    rollDate: 0,
    rollParams: undefined,
    rollIn: false,
    setup: new SetupScratch(),
    bracket: new Bracket(),
  };
}

/** Rolls the attempt counters to the bar's trade date and session (they count per side per session). */
export function rollAttempts(s: S3State, tradeDate: number, session: number): void {
  if (tradeDate !== s.attemptDate || session !== s.attemptSession) {
    s.attemptDate = tradeDate;
    s.attemptSession = session;
    s.attemptsLong = 0;
    s.attemptsShort = 0;
  }
}

export function clearPending(s: S3State): void {
  s.pendSide = 0;
  s.pendTime = Number.NaN;
  s.pendTradeDate = 0;
  s.pendBoxHi = Number.NaN;
  s.pendBoxLo = Number.NaN;
  s.pendSegmentStart = Number.NaN;
}
