import { describe, expect, it } from "vitest";
import { cmeClock as clock, et, wall } from "./__fixtures__/et.js";
import type { MarketState } from "./market-state.js";

/** The fields a reader checks, with instants as ET wall times. */
function brief(s: MarketState) {
  return {
    open: s.open,
    reason: s.reason,
    tradeDate: s.tradeDate,
    clearingDate: s.clearingDate,
    session: s.session,
    segment: s.segment,
    sessionOpen: s.sessionOpen === null ? null : wall(s.sessionOpen),
    sessionClose: s.sessionClose === null ? null : wall(s.sessionClose),
    nextOpen: s.nextOpen === null ? null : wall(s.nextOpen),
  };
}

const closed = (reason: string, nextOpen: string) => ({
  open: false,
  reason,
  tradeDate: null,
  clearingDate: null,
  session: null,
  segment: null,
  sessionOpen: null,
  sessionClose: null,
  nextOpen,
});

const at = (w: string, deltaMs = 0) => clock().state(et(w) + deltaMs);

describe("weekly schedule (SPEC §1)", () => {
  it("opens Sunday 18:00 ET for Monday's trade date, to the millisecond", () => {
    expect(brief(at("2025-03-16T18:00", -1))).toEqual(closed("weekend", "2025-03-16 18:00"));
    expect(brief(at("2025-03-16T18:00"))).toEqual({
      open: true,
      reason: "regular",
      tradeDate: "2025-03-17",
      clearingDate: "2025-03-17",
      session: "Overnight",
      segment: "Asian",
      sessionOpen: "2025-03-16 18:00",
      sessionClose: "2025-03-17 17:00",
      nextOpen: null,
    });
  });

  it("closes Friday 17:00 ET into the weekend; Saturday is weekend", () => {
    expect(at("2025-03-21T17:00", -1)).toMatchObject({ open: true, tradeDate: "2025-03-21", session: "PostRTH" });
    expect(brief(at("2025-03-21T17:00"))).toEqual(closed("weekend", "2025-03-23 18:00"));
    expect(brief(at("2025-03-22T12:00"))).toEqual(closed("weekend", "2025-03-23 18:00"));
  });

  it("halts Mon–Thu 17:00–18:00 for maintenance and rolls the trade date at 18:00", () => {
    expect(at("2025-03-19T17:00", -1)).toMatchObject({ open: true, tradeDate: "2025-03-19", segment: "AfterHours" });
    expect(brief(at("2025-03-19T17:00"))).toEqual(closed("maintenance", "2025-03-19 18:00"));
    expect(brief(at("2025-03-19T18:00", -1))).toEqual(closed("maintenance", "2025-03-19 18:00"));
    expect(at("2025-03-19T18:00")).toMatchObject({ open: true, tradeDate: "2025-03-20", segment: "Asian" });
  });

  it.each([
    ["2025-03-19T23:59:59.999", "Overnight", "Asian"],
    ["2025-03-20T00:00", "Overnight", "EuropeanPreOpen"],
    ["2025-03-20T02:00", "Overnight", "EuropeanOpen"],
    ["2025-03-20T05:00", "Overnight", "LondonMorning"],
    ["2025-03-20T08:30", "Overnight", "USPreMarket"],
    ["2025-03-20T09:29", "Overnight", "USPreMarket"],
    ["2025-03-20T09:29:59.999", "Overnight", "USPreMarket"],
    ["2025-03-20T09:30", "RTH", "OpeningDrive"],
    ["2025-03-20T10:00", "RTH", "MorningTrend"],
    ["2025-03-20T11:30", "RTH", "LunchChop"],
    ["2025-03-20T13:30", "RTH", "AfternoonTrend"],
    ["2025-03-20T14:30", "RTH", "PowerHour"],
    ["2025-03-20T15:00", "RTH", "MarketClose"],
    ["2025-03-20T15:59:59.999", "RTH", "MarketClose"],
    ["2025-03-20T16:00", "PostRTH", "AfterHours"],
  ])("labels %s ET as %s / %s", (w, session, segment) => {
    expect(at(w)).toMatchObject({ open: true, tradeDate: "2025-03-20", session, segment });
  });
});

describe("special days", () => {
  it("2025-01-09 national day of mourning: open until 09:30, reopen 18:00", () => {
    expect(at("2025-01-09T09:30", -1)).toMatchObject({
      open: true,
      tradeDate: "2025-01-09",
      clearingDate: "2025-01-09",
    });
    expect(brief(at("2025-01-09T09:30"))).toEqual(closed("early-close", "2025-01-09 18:00"));
    expect(brief(at("2025-01-09T17:30"))).toEqual(closed("early-close", "2025-01-09 18:00"));
    expect(at("2025-01-09T18:00")).toMatchObject({ open: true, tradeDate: "2025-01-10" });
    expect(at("2018-12-05T09:29")).toMatchObject({ open: true, tradeDate: "2018-12-05" });
    expect(brief(at("2018-12-05T09:30"))).toEqual(closed("early-close", "2018-12-05 18:00"));
  });

  it("2026-04-03 jobs-report Good Friday: open until 09:15, then closed for the weekend", () => {
    expect(brief(at("2026-04-02T17:30"))).toEqual(closed("maintenance", "2026-04-02 18:00"));
    expect(brief(at("2026-04-03T09:15", -1))).toMatchObject({
      open: true,
      tradeDate: "2026-04-03",
      clearingDate: "2026-04-06",
      sessionOpen: "2026-04-02 18:00",
      sessionClose: "2026-04-03 09:15",
    });
    expect(brief(at("2026-04-03T09:15"))).toEqual(closed("early-close", "2026-04-05 18:00"));
    expect(brief(at("2026-04-03T17:00", -1))).toEqual(closed("early-close", "2026-04-05 18:00"));
    expect(brief(at("2026-04-03T17:00"))).toEqual(closed("weekend", "2026-04-05 18:00"));
    for (const d of ["2015-04-03", "2021-04-02", "2023-04-07"]) {
      expect(at(`${d}T09:14`).open).toBe(true);
      expect(at(`${d}T09:15`).reason).toBe("early-close");
    }
  });

  it("2025-04-18 Good Friday: Thursday ends normally, holiday from 18:00, weekend from Friday 17:00", () => {
    expect(at("2025-04-17T17:00", -1)).toMatchObject({ open: true, tradeDate: "2025-04-17" });
    expect(brief(at("2025-04-17T17:00"))).toEqual(closed("maintenance", "2025-04-20 18:00"));
    expect(brief(at("2025-04-17T18:00"))).toEqual(closed("holiday", "2025-04-20 18:00"));
    expect(brief(at("2025-04-18T12:00"))).toEqual(closed("holiday", "2025-04-20 18:00"));
    expect(brief(at("2025-04-18T17:00"))).toEqual(closed("weekend", "2025-04-20 18:00"));
    expect(at("2025-04-20T18:00")).toMatchObject({ open: true, tradeDate: "2025-04-21" });
  });

  it("2025-12-25 Christmas: Dec 24 closes 13:15, holiday from 18:00, reopen Christmas 18:00", () => {
    expect(at("2025-12-24T13:15", -1)).toMatchObject({
      open: true,
      tradeDate: "2025-12-24",
      clearingDate: "2025-12-24",
    });
    expect(brief(at("2025-12-24T13:15"))).toEqual(closed("early-close", "2025-12-25 18:00"));
    expect(brief(at("2025-12-24T18:00"))).toEqual(closed("holiday", "2025-12-25 18:00"));
    expect(brief(at("2025-12-25T18:00", -1))).toEqual(closed("holiday", "2025-12-25 18:00"));
    expect(at("2025-12-25T18:00")).toMatchObject({ open: true, tradeDate: "2025-12-26" });
  });

  it("a Saturday New Year (2022-01-01) is not observed; a Sunday one (2023) closes Monday", () => {
    expect(at("2021-12-31T16:59")).toMatchObject({ open: true, tradeDate: "2021-12-31" });
    expect(brief(at("2021-12-31T17:00"))).toEqual(closed("weekend", "2022-01-02 18:00"));
    expect(at("2022-01-02T18:00")).toMatchObject({ open: true, tradeDate: "2022-01-03" });
    expect(brief(at("2023-01-01T18:00", -1))).toEqual(closed("weekend", "2023-01-02 18:00"));
    expect(brief(at("2023-01-01T18:00"))).toEqual(closed("holiday", "2023-01-02 18:00"));
    expect(brief(at("2023-01-02T17:30"))).toEqual(closed("holiday", "2023-01-02 18:00"));
    expect(at("2023-01-02T18:00")).toMatchObject({ open: true, tradeDate: "2023-01-03" });
  });

  it("Juneteenth halts at 13:00 from 2022, weekend-observed", () => {
    expect(at("2021-06-18T13:00")).toMatchObject({ open: true, tradeDate: "2021-06-18" });
    expect(at("2022-06-20T12:59")).toMatchObject({ open: true, tradeDate: "2022-06-20", clearingDate: "2022-06-21" });
    expect(brief(at("2022-06-20T13:00"))).toEqual(closed("early-close", "2022-06-20 18:00"));
    expect(at("2025-06-19T13:00").reason).toBe("early-close");
    expect(at("2027-06-18T12:59")).toMatchObject({ tradeDate: "2027-06-18", clearingDate: "2027-06-21" });
    expect(brief(at("2027-06-18T13:00"))).toEqual(closed("early-close", "2027-06-20 18:00"));
    expect(brief(at("2027-06-18T17:00"))).toEqual(closed("weekend", "2027-06-20 18:00"));
  });

  it("July 3 closes 13:15 when July 4 is Tuesday–Friday; a Saturday July 4 halts Friday at 13:00", () => {
    expect(at("2025-07-03T13:15", -1).open).toBe(true);
    expect(brief(at("2025-07-03T13:15"))).toEqual(closed("early-close", "2025-07-03 18:00"));
    expect(at("2025-07-03T18:00")).toMatchObject({ tradeDate: "2025-07-04", clearingDate: "2025-07-07" });
    expect(brief(at("2025-07-04T13:00"))).toEqual(closed("early-close", "2025-07-06 18:00"));
    expect(at("2024-07-03T13:14").open).toBe(true);
    expect(at("2024-07-03T13:15").reason).toBe("early-close");
    expect(at("2026-07-03T12:59")).toMatchObject({ tradeDate: "2026-07-03", clearingDate: "2026-07-06" });
    expect(at("2026-07-03T13:00").reason).toBe("early-close");
    expect(at("2026-07-02T13:15").open).toBe(true);
    expect(at("2022-07-04T12:59")).toMatchObject({ tradeDate: "2022-07-04", clearingDate: "2022-07-05" });
  });

  it("Thanksgiving halts 13:00 (clears Friday); the day after closes 13:15", () => {
    expect(at("2025-11-26T19:00")).toMatchObject({ tradeDate: "2025-11-27", clearingDate: "2025-11-28" });
    expect(brief(at("2025-11-27T13:00"))).toEqual(closed("early-close", "2025-11-27 18:00"));
    expect(at("2025-11-28T13:15", -1)).toMatchObject({
      open: true,
      tradeDate: "2025-11-28",
      clearingDate: "2025-11-28",
    });
    expect(brief(at("2025-11-28T13:15"))).toEqual(closed("early-close", "2025-11-30 18:00"));
    expect(brief(at("2025-11-28T17:00"))).toEqual(closed("weekend", "2025-11-30 18:00"));
  });

  it("MLK: Sunday evening and Monday morning clear on Tuesday", () => {
    expect(at("2025-01-19T18:00")).toMatchObject({ tradeDate: "2025-01-20", clearingDate: "2025-01-21" });
    expect(at("2025-01-20T12:59:59.999")).toMatchObject({ tradeDate: "2025-01-20", clearingDate: "2025-01-21" });
    expect(brief(at("2025-01-20T13:00"))).toEqual(closed("early-close", "2025-01-20 18:00"));
    expect(brief(at("2025-01-20T17:30"))).toEqual(closed("early-close", "2025-01-20 18:00"));
    expect(at("2025-01-20T18:00")).toMatchObject({ tradeDate: "2025-01-21", clearingDate: "2025-01-21" });
  });

  it("Christmas on Saturday closes Friday Dec 24; on Sunday closes Monday Dec 26", () => {
    expect(brief(at("2021-12-23T17:00"))).toEqual(closed("maintenance", "2021-12-26 18:00"));
    expect(brief(at("2021-12-23T18:00"))).toEqual(closed("holiday", "2021-12-26 18:00"));
    expect(brief(at("2021-12-24T17:00"))).toEqual(closed("weekend", "2021-12-26 18:00"));
    expect(at("2022-12-23T16:59")).toMatchObject({ open: true, tradeDate: "2022-12-23" });
    expect(brief(at("2022-12-25T18:00"))).toEqual(closed("holiday", "2022-12-26 18:00"));
    expect(at("2022-12-26T18:00")).toMatchObject({ tradeDate: "2022-12-27" });
  });
});

describe("daylight saving switches, every year 2015–2027", () => {
  const secondSundayOfMarch = (y: number) => {
    const d = new Date(Date.UTC(y, 2, 1));
    return 1 + ((7 - d.getUTCDay()) % 7) + 7;
  };
  const firstSundayOfNovember = (y: number) => {
    const d = new Date(Date.UTC(y, 10, 1));
    return 1 + ((7 - d.getUTCDay()) % 7);
  };
  const pad = (n: number) => String(n).padStart(2, "0");

  for (let y = 2015; y <= 2027; y++) {
    it(`${y}: spring forward`, () => {
      const day = secondSundayOfMarch(y);
      const switchAt = Date.UTC(y, 2, day, 7); // 02:00 EST = 07:00Z
      const c = clock();
      for (const t of [switchAt - 1, switchAt, switchAt + 1]) expect(c.state(t).reason).toBe("weekend");
      const labels = c.labelBars(new Float64Array([switchAt - 1, switchAt]));
      expect([...labels.etMinute]).toEqual([119, 180]);
      const sundayOpen = Date.UTC(y, 2, day, 22); // 18:00 EDT
      expect(c.nextOpen(switchAt)).toBe(sundayOpen);
      expect(c.state(sundayOpen - 1).open).toBe(false);
      expect(c.state(sundayOpen)).toMatchObject({ open: true, segment: "Asian" });
      expect(c.state(Date.UTC(y, 2, day + 1, 13, 30)).session).toBe("RTH"); // 09:30 EDT
      expect(c.state(Date.UTC(y, 2, day + 1, 13, 29)).session).toBe("Overnight");
      expect(wall(c.nextClose(sundayOpen))).toBe(`${y}-03-${pad(day + 1)} 17:00`);
    });

    it(`${y}: fall back`, () => {
      const day = firstSundayOfNovember(y);
      const switchAt = Date.UTC(y, 10, day, 6); // 02:00 EDT = 06:00Z → 01:00 EST
      const c = clock();
      for (const t of [switchAt - 3_600_000, switchAt - 1, switchAt, switchAt + 3_600_000]) {
        expect(c.state(t).reason).toBe("weekend");
      }
      const labels = c.labelBars(
        new Float64Array([switchAt - 3_600_000, switchAt - 1, switchAt, switchAt + 3_600_000]),
      );
      expect([...labels.etMinute]).toEqual([60, 119, 60, 120]); // the 01:00 hour is repeated
      const fridayClose = Date.UTC(y, 10, day - 2, 21); // 17:00 EDT
      expect(c.state(fridayClose - 1).open).toBe(true);
      expect(c.state(fridayClose).reason).toBe("weekend");
      const sundayOpen = Date.UTC(y, 10, day, 23); // 18:00 EST
      expect(c.nextOpen(switchAt)).toBe(sundayOpen);
      expect(c.state(sundayOpen)).toMatchObject({ open: true, tradeDate: `${y}-11-${pad(day + 1)}` });
      expect(c.state(Date.UTC(y, 10, day + 1, 14, 30)).session).toBe("RTH"); // 09:30 EST
      expect(c.state(Date.UTC(y, 10, day + 1, 14, 29, 59, 999)).session).toBe("Overnight");
    });
  }
});

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
