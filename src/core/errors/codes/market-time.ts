import { entry } from "./entry.js";

/** Error codes of market-time; permanent (see ../catalogue.ts). */
export const MARKET_TIME_ERRORS = {
  // market-time
  SK_TIME_INVALID_INSTANT: entry(
    "market-time",
    2,
    "An instant is not a valid point in time (NaN, unparseable, or an ISO-8601 string without an offset).",
    "pass epoch milliseconds, a Date, or an ISO-8601 string with an offset or Z, e.g. 2026-03-12T14:30:00Z.",
  ),
  SK_TIME_OUT_OF_RANGE: entry(
    "market-time",
    2,
    "An instant or date lies outside the range the calendar answers (2014-12-01 up to 2199).",
    "use an instant from 2014-12-01T00:00:00Z on; earlier market time is not modelled.",
  ),
  SK_TIME_INVALID_DATE: entry(
    "market-time",
    2,
    "A calendar date is not a valid YYYY-MM-DD date.",
    "write dates as YYYY-MM-DD, e.g. 2026-04-03.",
  ),
  SK_CALENDAR_ZONE_INVALID: entry(
    "market-time",
    2,
    "A calendar names a time zone that is not a valid IANA zone.",
    "use an IANA zone name such as America/New_York or Europe/London.",
  ),
  SK_CALENDAR_TABLE_UNREADABLE: entry(
    "market-time",
    2,
    "A special-days table file could not be read or is not JSON.",
    "check the path and that the file is valid JSON (see src/core/market-time/data/cme-special-days.json).",
  ),
  SK_CALENDAR_TABLE_INVALID: entry(
    "market-time",
    2,
    "A special-days table has an invalid entry (unknown kind, bad date, weekend date, duplicate date or missing field).",
    "correct the named entry; kinds are full-closure, holiday-halt-1300, early-close-1315, jobs-report-good-friday-0915, mourning-0930.",
  ),
  SK_CALENDAR_MISSING: entry(
    "market-time",
    2,
    "No plugin answered the market.calendar hook for the venue.",
    "keep the built-in cme-calendar plugin (builtins: true) or add a plugin that taps hooks.market.calendar.",
  ),
} as const;
