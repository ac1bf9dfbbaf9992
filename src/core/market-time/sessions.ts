/**
 * The one definition of intraday sessions and segments (SPEC §1), shared by features, parameters,
 * strategies, trainer and monitor. Codes are stable: they are stored in typed label columns and in
 * the `session_type` / `session_flag` model features.
 */
export const SESSION_NAMES = ["Overnight", "RTH", "PostRTH"] as const;
export type SessionName = (typeof SESSION_NAMES)[number];

/** Session codes as stored in label columns; -1 (CLOSED) marks a bar in closed market time. */
export const SessionCode = { Overnight: 0, RTH: 1, PostRTH: 2 } as const satisfies Record<SessionName, number>;
export type SessionCode = (typeof SessionCode)[SessionName];
export const CLOSED = -1;

export const SEGMENT_NAMES = [
  "Asian",
  "EuropeanPreOpen",
  "EuropeanOpen",
  "LondonMorning",
  "USPreMarket",
  "OpeningDrive",
  "MorningTrend",
  "LunchChop",
  "AfternoonTrend",
  "PowerHour",
  "MarketClose",
  "AfterHours",
] as const;
export type SegmentName = (typeof SEGMENT_NAMES)[number];

/**
 * Segment start times in ET minutes after midnight, in code order. Asian starts at 18:00 and runs to
 * midnight; every other segment runs until the next one starts (AfterHours until 17:00).
 */
export const SEGMENT_START_MINUTE: readonly number[] = [
  18 * 60,
  0,
  2 * 60,
  5 * 60,
  8 * 60 + 30,
  9 * 60 + 30,
  10 * 60,
  11 * 60 + 30,
  13 * 60 + 30,
  14 * 60 + 30,
  15 * 60,
  16 * 60,
];

export const RTH_OPEN_MINUTE = 9 * 60 + 30;
export const RTH_CLOSE_MINUTE = 16 * 60;

export function isSessionName(s: string): s is SessionName {
  return (SESSION_NAMES as readonly string[]).includes(s);
}
