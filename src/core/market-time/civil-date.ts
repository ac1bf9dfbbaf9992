import { SessionkitError } from "../errors/index.js";

/**
 * Calendar dates as integer day numbers (days since 1970-01-01), so building the session tables needs
 * no Date or luxon objects per day. Weekday 0 = Sunday … 6 = Saturday.
 */
export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;

export const Weekday = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 } as const;

export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function civilOf(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** yyyymmdd integer, the form stored in label columns (e.g. 20260312). */
export function yyyymmddOf(dayNumber: number): number {
  const c = civilOf(dayNumber);
  return c.year * 10_000 + c.month * 100 + c.day;
}

export function isoDateOf(dayNumber: number): string {
  const c = civilOf(dayNumber);
  return `${String(c.year).padStart(4, "0")}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict YYYY-MM-DD string to a day number, or returns undefined when it is not a real date. */
export function tryParseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const dn = dayNumberOf(year, month, day);
  const back = civilOf(dn);
  // Date.UTC rolls 2026-02-30 over to March; a round trip exposes it.
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return dn;
}

/** Parses YYYY-MM-DD or throws SK_TIME_INVALID_DATE naming the field and value. */
export function parseIsoDate(text: unknown, field: string): number {
  const dn = typeof text === "string" ? tryParseIsoDate(text) : undefined;
  if (dn === undefined) {
    throw new SessionkitError("SK_TIME_INVALID_DATE", `${field}: ${JSON.stringify(text)} is not a YYYY-MM-DD date.`, {
      path: field,
      value: text,
    });
  }
  return dn;
}
