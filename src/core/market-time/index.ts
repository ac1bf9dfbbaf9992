export {
  type Calendar,
  type ClosedReason,
  type ClosedSpan,
  type ClosureSpec,
  DAY_KINDS,
  type DayKind,
  MARKET_REASONS,
  type MarketReason,
  ReasonCode,
  type SessionSpec,
} from "./calendar.js";
export { isoDateOf, parseIsoDate, tryParseIsoDate, yyyymmddOf } from "./civil-date.js";
export {
  CLOCK_EVENT_TYPES,
  type ClockEvent,
  ClockEventSource,
  type ClockEventType,
  eventsAt,
} from "./clock-events.js";
export {
  CME_TIME_ZONE,
  CME_VALID_FROM,
  CME_VALID_UNTIL,
  type CmeCalendarOptions,
  CmeGlobexCalendar,
  createCmeCalendar,
} from "./cme-calendar.js";
export { defaultMarketClock, labelBars } from "./default-clock.js";
export { easterSunday, projectSpecialDays } from "./holiday-rules.js";
export { type InstantInput, isoUtc, toEpochMs } from "./instant.js";
export { SHARED_LABELS_MIN_BARS } from "./label-bars.js";
export * from "./labels.js";
export { MarketClock } from "./market-clock.js";
export type { MarketState, TradingDay } from "./market-state.js";
export * from "./sessions.js";
export { type DatedSpecialDay, type ResolveSpecialDaysOptions, SpecialDayResolver } from "./special-day-resolver.js";
export {
  builtinSpecialDaysPath,
  builtinSpecialDayTable,
  loadSpecialDayTable,
  parseSpecialDayTable,
  SPECIAL_DAY_KINDS,
  type SpecialDay,
  type SpecialDayKind,
  type SpecialDayTable,
  validateSpecialDay,
} from "./special-days.js";
export { ManualTimeSource, systemTimerSource, type TimerSource } from "./time-source.js";
export { MarketCalendarToken, MarketClockToken } from "./tokens.js";
