import { describe, expect, it } from "vitest";
import { cmeClock as clock, et, wall } from "./__fixtures__/et.js";
import { CME_VALID_FROM, createCmeCalendar } from "./cme-calendar.js";
import { MarketClock } from "./market-clock.js";

describe("next open / next close", () => {
  it("nextOpen and nextClose are strictly after the instant", () => {
    const c = clock();
    const open = et("2025-03-19T18:00");
    expect(wall(c.nextOpen(open))).toBe("2025-03-20 18:00");
    expect(wall(c.nextClose(open))).toBe("2025-03-20 17:00");
    expect(wall(c.nextClose(et("2025-03-19T17:30")))).toBe("2025-03-20 17:00");
    expect(wall(c.nextOpen(et("2025-03-21T17:00")))).toBe("2025-03-23 18:00");
  });
});

describe("inputs", () => {
  it("accepts epoch ms, Date and ISO strings with an offset", () => {
    const c = clock();
    const t = Date.UTC(2025, 2, 19, 14);
    expect(c.state(new Date(t))).toEqual(c.state(t));
    expect(c.state("2025-03-19T14:00:00Z")).toEqual(c.state(t));
    expect(c.state("2025-03-19T10:00:00.000-04:00")).toEqual(c.state(t));
    expect(c.isOpen(t)).toBe(true);
    expect(c.tradeDate(t)).toBe("2025-03-19");
    expect(c.clearingDate(t)).toBe("2025-03-19");
    expect(c.session(t)).toBe("RTH");
    expect(c.segment(t)).toBe("MorningTrend");
  });

  it("rejects NaN, unparseable text, local times without offset and instants before 2014-12-01", () => {
    const c = clock();
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return `${(e as { code: string }).code}: ${(e as Error).message}`;
      }
      return "no error";
    };
    expect(code(() => c.state(Number.NaN))).toMatchInlineSnapshot(
      `"SK_TIME_INVALID_INSTANT: at: NaN is not a finite epoch-millisecond number."`,
    );
    expect(code(() => c.state("yesterday"))).toMatchInlineSnapshot(
      `"SK_TIME_INVALID_INSTANT: at: "yesterday" is not an ISO-8601 date-time with an offset or Z."`,
    );
    expect(code(() => c.state("2025-03-19T14:00:00"))).toMatchInlineSnapshot(
      `"SK_TIME_INVALID_INSTANT: at: "2025-03-19T14:00:00" is not an ISO-8601 date-time with an offset or Z."`,
    );
    expect(code(() => c.state("2025-02-30T14:00:00Z"))).toMatch(
      /^SK_TIME_INVALID_INSTANT: at: "2025-02-30T14:00:00Z" is not a valid ISO-8601 instant/,
    );
    expect(code(() => c.state(new Date(Number.NaN)))).toMatch(/^SK_TIME_INVALID_INSTANT/);
    expect(code(() => c.state("2014-11-30T23:59:59.999Z"))).toMatchInlineSnapshot(
      `"SK_TIME_OUT_OF_RANGE: at: 2014-11-30T23:59:59.999Z is outside 2014-12-01T00:00:00.000Z .. 2200-01-01T00:00:00.000Z."`,
    );
    expect(c.state("2014-12-01T00:00:00Z")).toMatchObject({ open: true, tradeDate: "2014-12-01" });
    expect(code(() => c.labelBars(new Float64Array([Date.UTC(2025, 0, 6), Number.NaN])))).toMatchInlineSnapshot(
      `"SK_TIME_INVALID_INSTANT: time[1]: NaN is not an epoch-ms timestamp."`,
    );
  });
});

describe("tradingDays", () => {
  it("lists each weekday with its session, kind and closures", () => {
    const days = clock().tradingDays("2025-12-22", "2026-01-02");
    expect(days.map((d) => `${d.tradeDate} ${d.kind}${d.closed ? " closed" : ""}`)).toEqual([
      "2025-12-22 regular",
      "2025-12-23 regular",
      "2025-12-24 early-close",
      "2025-12-25 closure closed",
      "2025-12-26 regular",
      "2025-12-29 regular",
      "2025-12-30 regular",
      "2025-12-31 regular",
      "2026-01-01 closure closed",
      "2026-01-02 regular",
    ]);
    const eve = days[2]!;
    expect([wall(eve.open!), wall(eve.close!), eve.name]).toEqual([
      "2025-12-23 18:00",
      "2025-12-24 13:15",
      "Christmas Eve",
    ]);
  });

  it("names every kind of day", () => {
    const kinds = (from: string, to: string) =>
      clock()
        .tradingDays(from, to)
        .map((d) => d.kind);
    expect(kinds("2025-01-09", "2025-01-09")).toEqual(["mourning"]);
    expect(kinds("2026-04-03", "2026-04-03")).toEqual(["jobs-report"]);
    expect(kinds("2025-04-18", "2025-04-18")).toEqual(["closure"]);
    expect(kinds("2025-01-20", "2025-01-20")).toEqual(["holiday-halt"]);
    expect(kinds("2022-01-01", "2022-01-03")).toEqual(["regular"]);
  });

  it("rejects bad dates and reversed ranges", () => {
    expect(() => clock().tradingDays("2025-13-01", "2025-12-31")).toThrow(
      /from: "2025-13-01" is not a YYYY-MM-DD date/,
    );
    expect(() => clock().tradingDays("2025-02-01", "2025-01-01")).toThrow(/is after/);
    expect(() => clock().tradingDays("2014-11-01", "2014-12-31")).toThrow(/outside/);
  });
});

describe("lazy table", () => {
  it("answers earlier years after later ones (the table is rebuilt from the earlier year)", () => {
    const fresh = new MarketClock(createCmeCalendar());
    const instants = [Date.UTC(2026, 5, 1, 15), Date.UTC(2015, 2, 9, 13), Date.UTC(2027, 11, 31, 23), CME_VALID_FROM];
    const late = instants.map((t) => fresh.state(t));
    expect(late).toEqual(instants.map((t) => clock().state(t)));
    const other = new MarketClock(createCmeCalendar());
    const labels = other.labelBars(Float64Array.from(instants));
    expect([...labels.tradeDate]).toEqual([20260601, 20150309, 0, 20141201]);
    expect([...labels.open]).toEqual([1, 1, 0, 1]);
  });
});
