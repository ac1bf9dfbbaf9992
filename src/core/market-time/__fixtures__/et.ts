import { DateTime } from "luxon";
import { createCmeCalendar } from "../cme-calendar.js";
import { MarketClock } from "../market-clock.js";

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
