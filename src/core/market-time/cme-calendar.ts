import type { Calendar, ClosedReason, ClosedSpan, ClosureSpec, DayKind, SessionSpec } from "./calendar.js";
import { dayNumberOf, Weekday, weekdayOf } from "./civil-date.js";
import { type ResolveSpecialDaysOptions, SpecialDayResolver } from "./special-day-resolver.js";
import type { SpecialDay, SpecialDayKind } from "./special-days.js";
import { WallClock } from "./zone.js";

/** Wall-clock constants of the CME Globex equity week, in ET minutes after midnight. */
const OPEN_MINUTE = 18 * 60;
const CLOSE_MINUTE = 17 * 60;

const SHORTENED: Record<SpecialDayKind, { kind: Exclude<DayKind, "closure">; closeMinute: number } | null> = {
  "full-closure": null,
  "holiday-halt-1300": { kind: "holiday-halt", closeMinute: 13 * 60 },
  "early-close-1315": { kind: "early-close", closeMinute: 13 * 60 + 15 },
  "jobs-report-good-friday-0915": { kind: "jobs-report", closeMinute: 9 * 60 + 15 },
  "mourning-0930": { kind: "mourning", closeMinute: 9 * 60 + 30 },
};

/** Sessions on these days are exchange-holiday sessions: CME books them to the next business day. */
const BOOKED_FORWARD = new Set<DayKind>(["holiday-halt", "jobs-report"]);

export const CME_TIME_ZONE = "America/New_York";
/** SPEC §1: every instant from 2014-12-01 is answered. */
export const CME_VALID_FROM = Date.UTC(2014, 11, 1);
export const CME_VALID_UNTIL = Date.UTC(2200, 0, 1);

export type CmeCalendarOptions = ResolveSpecialDaysOptions;

/** The CME Globex equity-index calendar (ES, NQ, MES, MNQ), per SPEC §1. */
export class CmeGlobexCalendar implements Calendar {
  readonly id = "cme-globex-equity";
  readonly timeZone = CME_TIME_ZONE;
  readonly validFrom = CME_VALID_FROM;
  readonly validUntil = CME_VALID_UNTIL;
  private readonly wall = new WallClock(CME_TIME_ZONE);
  private readonly sessionsByYear = new Map<number, SessionSpec[]>();

  constructor(private readonly specialDays: SpecialDayResolver) {}

  /** The special day on a date, if any (table, rules or user extension). */
  specialDayOn(dayNumber: number): SpecialDay | undefined {
    return this.specialDays.on(dayNumber);
  }

  sessionsOfYear(year: number): readonly SessionSpec[] {
    let sessions = this.sessionsByYear.get(year);
    if (sessions === undefined) {
      sessions = [];
      const last = dayNumberOf(year, 12, 31);
      for (let d = dayNumberOf(year, 1, 1); d <= last; d++) {
        const s = this.sessionOn(d);
        if (s !== null) sessions.push(s);
      }
      this.sessionsByYear.set(year, sessions);
    }
    return sessions;
  }

  sessionAfter(tradeDay: number): SessionSpec {
    for (let d = tradeDay + 1; ; d++) {
      const s = this.sessionOn(d);
      if (s !== null) return s;
    }
  }

  closuresOfYear(year: number): readonly ClosureSpec[] {
    const out: ClosureSpec[] = [];
    for (const day of this.specialDays.ofYear(year)) {
      if (day.kind === "full-closure") out.push({ day: day.dayNumber, name: day.name });
    }
    return out;
  }

  describeGap(prev: SessionSpec, next: SessionSpec): readonly ClosedSpan[] {
    // Split points: 18:00 on the close day (a holiday starts there), and the weekend's edges.
    const closeDay = prev.tradeDay;
    const cuts: { at: number; reason: ClosedReason }[] = [];
    const shortened = prev.kind !== "regular";
    const closeWeekday = weekdayOf(closeDay);
    const closeMinute = this.wall.wallOf(prev.close).minuteOfDay;
    const fridayAfterClose = closeWeekday === Weekday.Friday && closeMinute >= CLOSE_MINUTE;
    cuts.push({ at: prev.close, reason: fridayAfterClose ? "weekend" : shortened ? "early-close" : "maintenance" });
    const holidayStart = this.wall.toInstant(closeDay, OPEN_MINUTE);
    cuts.push({ at: holidayStart, reason: closeWeekday === Weekday.Friday ? "weekend" : "holiday" });
    for (let d = closeDay; d <= next.tradeDay; d++) {
      const wd = weekdayOf(d);
      if (wd === Weekday.Friday) cuts.push({ at: this.wall.toInstant(d, CLOSE_MINUTE), reason: "weekend" });
      if (wd === Weekday.Sunday) cuts.push({ at: this.wall.toInstant(d, OPEN_MINUTE), reason: "holiday" });
    }
    const inside = cuts
      .filter((c) => c.at === prev.close || (c.at > prev.close && c.at < next.open))
      .sort((a, b) => a.at - b.at);
    const spans: ClosedSpan[] = [];
    for (let i = 0; i < inside.length; i++) {
      const cut = inside[i]!;
      if (i > 0 && inside[i - 1]!.at === cut.at) continue;
      const end = i + 1 < inside.length ? inside[i + 1]!.at : next.open;
      const lastSpan = spans[spans.length - 1];
      if (lastSpan !== undefined && lastSpan.reason === cut.reason) spans[spans.length - 1] = { ...lastSpan, end };
      else spans.push({ start: cut.at, end, reason: cut.reason });
    }
    return spans;
  }

  /** The session labelled with trade date `d`, or null on weekends and full closures. */
  private sessionOn(d: number): SessionSpec | null {
    const wd = weekdayOf(d);
    if (wd === Weekday.Saturday || wd === Weekday.Sunday) return null;
    const special = this.specialDays.on(d);
    const shape =
      special === undefined ? { kind: "regular" as const, closeMinute: CLOSE_MINUTE } : SHORTENED[special.kind];
    if (shape === null) return null;
    return {
      tradeDay: d,
      clearingDay: BOOKED_FORWARD.has(shape.kind) ? this.nextBusinessDay(d) : d,
      open: this.wall.toInstant(d - 1, OPEN_MINUTE),
      close: this.wall.toInstant(d, shape.closeMinute),
      kind: shape.kind,
      name: special?.name ?? null,
    };
  }

  /** The next weekday that is neither a full closure nor itself an exchange-holiday session. */
  private nextBusinessDay(d: number): number {
    for (let day = d + 1; ; day++) {
      const wd = weekdayOf(day);
      if (wd === Weekday.Saturday || wd === Weekday.Sunday) continue;
      const special = this.specialDays.on(day);
      if (special === undefined) return day;
      const shape = SHORTENED[special.kind];
      if (shape !== null && !BOOKED_FORWARD.has(shape.kind)) return day;
    }
  }
}

/** Creates the CME Globex calendar from the built-in table, optionally replaced or extended. */
export function createCmeCalendar(opts: CmeCalendarOptions = {}): CmeGlobexCalendar {
  return new CmeGlobexCalendar(new SpecialDayResolver(opts));
}
