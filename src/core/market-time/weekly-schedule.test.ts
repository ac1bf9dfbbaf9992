import { describe, expect, it } from "vitest";
import { at, brief, closed } from "./__fixtures__/et.js";

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
