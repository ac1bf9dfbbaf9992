import { IANAZone } from "luxon";
import { SessionkitError } from "../errors/index.js";
import { MS_PER_DAY, MS_PER_MINUTE } from "./civil-date.js";

const WEEK = 7 * MS_PER_DAY;

/** Offsets per zone and year, shared by every WallClock: a zone's rules do not change in a process. */
const offsetsByZone = new Map<string, Map<number, YearOffsets>>();

interface YearOffsets {
  /** Instants where the offset changes during the year, ascending. */
  readonly changes: number[];
  /** offsets[i] holds from changes[i-1] (or the year's start) until changes[i]. */
  readonly offsets: number[];
}

/**
 * Wall-clock ↔ instant conversion for one IANA zone on luxon's zone rules. luxon is asked about once per week
 * of a year (plus a bisection at each DST switch); every later conversion is arithmetic on the cached
 * switch instants, so building a year of session tables costs about a millisecond.
 */
export class WallClock {
  private readonly zone: IANAZone;
  private readonly years: Map<number, YearOffsets>;
  private cached: YearOffsets | undefined;
  private cachedFrom = Number.NaN;
  private cachedUntil = Number.NaN;

  constructor(readonly timeZone: string) {
    const zone = IANAZone.create(timeZone);
    if (!zone.isValid) {
      throw new SessionkitError(
        "SK_CALENDAR_ZONE_INVALID",
        `timeZone: ${JSON.stringify(timeZone)} is not an IANA zone.`,
        {
          path: "timeZone",
          value: timeZone,
        },
      );
    }
    this.zone = zone;
    this.years = offsetsByZone.get(timeZone) ?? new Map();
    offsetsByZone.set(timeZone, this.years);
  }

  /** UTC offset in minutes at an instant (e.g. −300 for EST, −240 for EDT). */
  offsetAt(instant: number): number {
    // Consecutive calls almost always hit the same year: keep it without a Date per call.
    if (!(instant >= this.cachedFrom && instant < this.cachedUntil)) {
      const year = new Date(instant).getUTCFullYear();
      this.cached = this.yearOffsets(year);
      this.cachedFrom = Date.UTC(year, 0, 1);
      this.cachedUntil = Date.UTC(year + 1, 0, 1);
    }
    const y = this.cached!;
    let i = 0;
    while (i < y.changes.length && y.changes[i]! <= instant) i++;
    return y.offsets[i]!;
  }

  /** Instants in [from, to) where the zone's offset changes, to the millisecond. */
  offsetChanges(from: number, to: number): number[] {
    const out: number[] = [];
    const last = new Date(to).getUTCFullYear();
    for (let year = new Date(from).getUTCFullYear(); year <= last; year++) {
      for (const c of this.yearOffsets(year).changes) if (c >= from && c < to) out.push(c);
    }
    return out;
  }

  /**
   * The instant of wall time `minuteOfDay` on civil day `dayNumber`. A wall time repeated at the
   * fall-back hour resolves to its first (daylight) occurrence; one skipped at spring-forward moves
   * forward by the gap, as luxon does.
   */
  toInstant(dayNumber: number, minuteOfDay: number): number {
    const local = dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
    const first = this.offsetAt(local);
    const guess = local - first * MS_PER_MINUTE;
    const second = this.offsetAt(guess);
    if (second === first) return guess;
    const alt = local - second * MS_PER_MINUTE;
    // In the repeated hour both candidates are valid: take the earlier. In the gap neither is: the later.
    if (this.offsetAt(alt) === second) return Math.min(alt, guess);
    return Math.max(alt, guess);
  }

  /** Civil day number and minute of day of an instant in this zone. */
  wallOf(instant: number): { dayNumber: number; minuteOfDay: number } {
    const localMinutes = Math.floor(instant / MS_PER_MINUTE) + this.offsetAt(instant);
    const dayNumber = Math.floor(localMinutes / 1440);
    return { dayNumber, minuteOfDay: localMinutes - dayNumber * 1440 };
  }

  private yearOffsets(year: number): YearOffsets {
    let y = this.years.get(year);
    if (y !== undefined) return y;
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    const changes: number[] = [];
    const offsets: number[] = [this.zone.offset(start)];
    // Zones switch at most once a week, so sampling weekly and bisecting each switch to the minute
    // finds them all with ~80 luxon calls a year (each costs microseconds: it formats through Intl).
    let prev = start;
    let prevOffset = offsets[0]!;
    while (prev < end) {
      const at = Math.min(prev + WEEK, end);
      const off = this.zone.offset(at);
      if (off !== prevOffset) {
        let lo = prev;
        let hi = at;
        while (hi - lo > MS_PER_MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
          if (this.zone.offset(mid) === prevOffset) lo = mid;
          else hi = mid;
        }
        // Switches fall on whole minutes in every tz database zone since 1970; refine to the ms anyway.
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (this.zone.offset(mid) === prevOffset) lo = mid;
          else hi = mid;
        }
        if (hi < end) {
          changes.push(hi);
          offsets.push(off);
        }
        prevOffset = off;
      }
      prev = at;
    }
    y = { changes, offsets };
    this.years.set(year, y);
    return y;
  }
}
