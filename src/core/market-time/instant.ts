import { DateTime } from "luxon";
import { formatValue, SessionkitError } from "../errors/index.js";

/** What the clock accepts as a point in time: epoch ms, a Date, or an ISO-8601 string with offset or Z. */
export type InstantInput = number | Date | string;

// The zone designator must be explicit: a bare local time would silently mean the machine's zone.
const HAS_OFFSET = /T.*(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

function invalid(value: unknown, field: string, why: string): SessionkitError {
  return new SessionkitError("SK_TIME_INVALID_INSTANT", `${field}: ${formatValue(value)} ${why}.`, {
    path: field,
    value,
  });
}

/** Converts an instant input to epoch milliseconds, or throws SK_TIME_INVALID_INSTANT. */
export function toEpochMs(at: InstantInput, field = "at"): number {
  if (typeof at === "number") {
    if (!Number.isFinite(at)) throw invalid(at, field, "is not a finite epoch-millisecond number");
    return at;
  }
  if (at instanceof Date) {
    const t = at.getTime();
    if (!Number.isFinite(t)) throw invalid(at, field, "is an invalid Date");
    return t;
  }
  if (typeof at === "string") {
    const text = at.trim();
    if (!HAS_OFFSET.test(text)) throw invalid(at, field, "is not an ISO-8601 date-time with an offset or Z");
    const dt = DateTime.fromISO(text, { setZone: true });
    if (!dt.isValid)
      throw invalid(at, field, `is not a valid ISO-8601 instant (${dt.invalidExplanation ?? dt.invalidReason})`);
    return dt.toMillis();
  }
  throw invalid(at, field, "is not an epoch-ms number, a Date or an ISO-8601 string");
}

/** ISO-8601 UTC with milliseconds and Z, the CLI's instant format. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}

/** An instant for an error message: ISO when representable, else the raw number. */
export function describeInstant(ms: number): string {
  return Math.abs(ms) <= 8.64e15 ? isoUtc(ms) : String(ms);
}
