/**
 * The venue-neutral calendar contract. A calendar says when its market trades: one session per trade
 * date, and why it is closed between sessions. MarketClock turns any Calendar into the fast per-instant
 * and per-bar answers; the CME Globex calendar is the built-in one, another venue's calendar can be
 * supplied through the `market.calendar` bail hook.
 */

/** Why the market is closed, or "regular" when open (SPEC §1, in precedence order after "regular"). */
export const MARKET_REASONS = ["regular", "weekend", "holiday", "early-close", "maintenance"] as const;
export type MarketReason = (typeof MARKET_REASONS)[number];
export type ClosedReason = Exclude<MarketReason, "regular">;

/** Codes stored in typed arrays (index into MARKET_REASONS). */
export const ReasonCode = { regular: 0, weekend: 1, holiday: 2, "early-close": 3, maintenance: 4 } as const;

/** Kind of a weekday on the calendar. Weekend days are not listed; a "closure" has no session. */
export const DAY_KINDS = ["regular", "holiday-halt", "early-close", "jobs-report", "mourning", "closure"] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** One trade-date session: open at `open`, closed at `close` (half-open [open, close), epoch ms). */
export interface SessionSpec {
  /** Civil day number (days since 1970-01-01) of the trade date the session is labelled with. */
  readonly tradeDay: number;
  /** Day number of the date CME books the session's trades to (the next business day after a holiday halt). */
  readonly clearingDay: number;
  readonly open: number;
  readonly close: number;
  readonly kind: Exclude<DayKind, "closure">;
  /** Holiday or event name for a special day, else null. */
  readonly name: string | null;
}

/** A closed stretch between two sessions, with one reason. */
export interface ClosedSpan {
  readonly start: number;
  readonly end: number;
  readonly reason: ClosedReason;
}

/** A weekday without a session (a full closure). */
export interface ClosureSpec {
  readonly day: number;
  readonly name: string;
}

export interface Calendar {
  /** Stable identifier, e.g. "cme-globex-equity". */
  readonly id: string;
  /** IANA zone of the venue's wall clock (segments and sessions are read on it). */
  readonly timeZone: string;
  /** First instant the calendar answers (epoch ms); earlier instants are an error. */
  readonly validFrom: number;
  /** First instant it no longer answers. */
  readonly validUntil: number;
  /** Sessions whose trade date falls in `year`, in time order. */
  sessionsOfYear(year: number): readonly SessionSpec[];
  /** The first session whose trade date is after `tradeDay` (may be in a later year). */
  sessionAfter(tradeDay: number): SessionSpec;
  /** Weekday full closures of `year`, in date order. */
  closuresOfYear(year: number): readonly ClosureSpec[];
  /** Why the market is closed during [prev.close, next.open): contiguous spans covering exactly that gap. */
  describeGap(prev: SessionSpec, next: SessionSpec): readonly ClosedSpan[];
}
