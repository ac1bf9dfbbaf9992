import type { DayKind, MarketReason } from "./calendar.js";
import type { SegmentName, SessionName } from "./sessions.js";

/**
 * The market at one instant (SPEC §1). Instants are epoch ms; dates are YYYY-MM-DD.
 * `sessionOpen`/`sessionClose` bound the whole trade-date session labelled `tradeDate` (18:00 ET the
 * previous day to its close or halt), not the intraday `session`.
 */
export interface MarketState {
  readonly at: number;
  readonly open: boolean;
  readonly reason: MarketReason;
  readonly tradeDate: string | null;
  readonly clearingDate: string | null;
  readonly session: SessionName | null;
  readonly segment: SegmentName | null;
  readonly sessionOpen: number | null;
  readonly sessionClose: number | null;
  /** The next open after `at`; null while open. */
  readonly nextOpen: number | null;
}

/** One weekday of the calendar: a trade date with its session, or a full closure. */
export interface TradingDay {
  readonly tradeDate: string;
  readonly kind: DayKind;
  /** Holiday or event name, null on a regular day. */
  readonly name: string | null;
  readonly closed: boolean;
  /** Session open/close (epoch ms); null on a closure. */
  readonly open: number | null;
  readonly close: number | null;
  readonly clearingDate: string | null;
}
