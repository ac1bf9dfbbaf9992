import { describe, expect, it } from "vitest";
import { at, brief, closed } from "./__fixtures__/et.js";

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

  it("Christmas on Friday (2026, 2020): Thursday Dec 24 closes 13:15, holiday from 18:00, weekend from Friday 17:00", () => {
    for (const y of [2020, 2026]) {
      expect(at(`${y}-12-24T13:15`, -1)).toMatchObject({ open: true, tradeDate: `${y}-12-24` });
      expect(brief(at(`${y}-12-24T13:15`))).toEqual(closed("early-close", `${y}-12-27 18:00`));
      expect(brief(at(`${y}-12-24T18:00`))).toEqual(closed("holiday", `${y}-12-27 18:00`));
      expect(brief(at(`${y}-12-25T17:00`))).toEqual(closed("weekend", `${y}-12-27 18:00`));
      expect(at(`${y}-12-27T18:00`)).toMatchObject({ open: true, tradeDate: `${y}-12-28` });
    }
  });
});
