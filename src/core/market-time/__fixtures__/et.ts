import { DateTime } from "luxon";
import { createCmeCalendar } from "../cme-calendar.js";
import { MarketClock } from "../market-clock.js";
import type { MarketState } from "../market-state.js";

/** Epoch ms of an ET wall time written as ISO without offset, e.g. "2025-01-09T09:30" (tests only). */
export function et(wall: string): number {
  const dt = DateTime.fromISO(wall, { zone: "America/New_York" });
  if (!dt.isValid) throw new Error(`bad ET wall time ${wall}`);
  return dt.toMillis();
}

/** ET wall time of an instant as "yyyy-MM-dd HH:mm" (tests only). */
export function wall(ms: number): string {
  return DateTime.fromMillis(ms, { zone: "America/New_York" }).toFormat("yyyy-MM-dd HH:mm");
}

let shared: MarketClock | undefined;
/** One clock for a test file, so the table is built once. */
export function cmeClock(): MarketClock {
  shared ??= new MarketClock(createCmeCalendar());
  return shared;
}

/** The fields a reader checks, with instants as ET wall times. */
export function brief(s: MarketState) {
  return {
    open: s.open,
    reason: s.reason,
    tradeDate: s.tradeDate,
    clearingDate: s.clearingDate,
    session: s.session,
    segment: s.segment,
    sessionOpen: s.sessionOpen === null ? null : wall(s.sessionOpen),
    sessionClose: s.sessionClose === null ? null : wall(s.sessionClose),
    nextOpen: s.nextOpen === null ? null : wall(s.nextOpen),
  };
}

export const closed = (reason: string, nextOpen: string) => ({
  open: false,
  reason,
  tradeDate: null,
  clearingDate: null,
  session: null,
  segment: null,
  sessionOpen: null,
  sessionClose: null,
  nextOpen,
});

export const at = (w: string, deltaMs = 0) => cmeClock().state(et(w) + deltaMs);
