import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Calendar, ClosedSpan, SessionSpec } from "./calendar.js";
import { dayNumberOf, weekdayOf } from "./civil-date.js";
import { MarketClock } from "./market-clock.js";

/**
 * A toy venue on London time, Mon–Fri 08:00–16:30, to show MarketClock needs nothing CME-specific
 * from a Calendar: sessions, gaps and the zone are all it reads.
 */
class LondonDayCalendar implements Calendar {
  readonly id = "toy-london";
  readonly timeZone = "Europe/London";
  readonly validFrom = Date.UTC(2024, 0, 1);
  readonly validUntil = Date.UTC(2030, 0, 1);

  sessionsOfYear(year: number): SessionSpec[] {
    const out: SessionSpec[] = [];
    for (let d = dayNumberOf(year, 1, 1); d < dayNumberOf(year + 1, 1, 1); d++) {
      const s = this.sessionOn(d);
      if (s !== null) out.push(s);
    }
    return out;
  }

  sessionAfter(tradeDay: number): SessionSpec {
    for (let d = tradeDay + 1; ; d++) {
      const s = this.sessionOn(d);
      if (s !== null) return s;
    }
  }

  closuresOfYear(): [] {
    return [];
  }

  describeGap(prev: SessionSpec, next: SessionSpec): ClosedSpan[] {
    const overnight = next.tradeDay === prev.tradeDay + 1;
    return [{ start: prev.close, end: next.open, reason: overnight ? "maintenance" : "weekend" }];
  }

  private sessionOn(d: number): SessionSpec | null {
    const wd = weekdayOf(d);
    if (wd === 0 || wd === 6) return null;
    const at = (h: number, m: number) =>
      DateTime.fromMillis(d * 86_400_000, { zone: "UTC" })
        .setZone(this.timeZone, { keepLocalTime: true })
        .set({ hour: h, minute: m })
        .toMillis();
    return { tradeDay: d, clearingDay: d, open: at(8, 0), close: at(16, 30), kind: "regular", name: null };
  }
}

describe("MarketClock on another venue's calendar", () => {
  const clock = new MarketClock(new LondonDayCalendar());

  it("reads sessions, gaps and segments on that venue's wall clock", () => {
    expect(clock.state("2025-07-02T07:00:00Z")).toMatchObject({
      open: true,
      tradeDate: "2025-07-02",
      segment: "LondonMorning",
    });
    expect(clock.state("2025-07-02T06:59:59.999Z").reason).toBe("maintenance");
    expect(clock.state("2025-07-02T08:30:00Z")).toMatchObject({ session: "RTH", segment: "OpeningDrive" });
    expect(clock.state("2025-07-04T15:30:00Z")).toMatchObject({ open: false, reason: "weekend" });
    expect(clock.nextOpen("2025-07-04T15:30:00Z")).toBe(Date.UTC(2025, 6, 7, 7));
    const labels = clock.labelBars(new Float64Array([Date.UTC(2025, 0, 6, 8), Date.UTC(2025, 6, 7, 7)]));
    expect([...labels.etMinute]).toEqual([480, 480]); // minutes on the venue's clock, GMT and BST
  });

  it("refuses a calendar whose zone is not an IANA zone", () => {
    const bad = Object.assign(new LondonDayCalendar(), { timeZone: "Mars/Olympus_Mons" });
    expect(() => new MarketClock(bad)).toThrow(
      expect.objectContaining({
        code: "SK_CALENDAR_ZONE_INVALID",
        message: 'timeZone: "Mars/Olympus_Mons" is not an IANA zone.',
      }),
    );
  });
});
