import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, scheduleMultiplier, scheduleTable } from "./schedule.js";

const m = (h: number, min: number) => h * 60 + min;

describe("default strategy schedule (SPEC §5)", () => {
  it("gives the segment's multiplier per family; micros use the full-size columns", () => {
    expect(scheduleMultiplier("S2", "ES", 0, m(19, 0))).toBe(0.6);
    expect(scheduleMultiplier("S2", "NQ", 0, m(19, 0))).toBe(0.8);
    expect(scheduleMultiplier("S3", "ES", 0, m(19, 0))).toBe(0);
    expect(scheduleMultiplier("S3", "NQ", 0, m(19, 0))).toBe(0.8);
    expect(scheduleMultiplier("S3", "MNQ", 0, m(19, 0))).toBe(0.8);
    expect(scheduleMultiplier("s2", "MES", 6, m(10, 30))).toBe(1.0);
    expect(scheduleMultiplier("S2", "MNQ", 6, m(10, 30))).toBe(1.1);
    expect(scheduleMultiplier("S2", "ES", 7, m(12, 0))).toBe(0.5);
    expect(scheduleMultiplier("S6", "ES", 5, m(9, 45))).toBe(1.2);
    expect(scheduleMultiplier("S6", "NQ", 2, m(3, 0))).toBe(0);
    expect(scheduleMultiplier("S6", "ES", 2, m(3, 0))).toBe(0.9);
    expect(scheduleMultiplier("S2", "ES", 11, m(16, 30))).toBe(0.5);
    expect(scheduleMultiplier("S2", "NQ", 11, m(16, 30))).toBe(0.6);
    expect(scheduleMultiplier("S3", "NQ", 11, m(16, 30))).toBe(0.6);
  });

  it("lets S6 and S11 trade their own window at 1.0 where the segment does not list them", () => {
    expect(scheduleMultiplier("S6", "ES", 4, m(9, 28))).toBe(1);
    expect(scheduleMultiplier("S6", "ES", 4, m(9, 27))).toBe(0);
    expect(scheduleMultiplier("S6", "ES", 6, m(10, 0))).toBe(0);
    expect(scheduleMultiplier("S11", "ES", 10, m(15, 10))).toBe(0.7);
    expect(scheduleMultiplier("S11", "NQ", 8, m(13, 30))).toBe(1);
    expect(scheduleMultiplier("S11", "NQ", 7, m(13, 29))).toBe(0);
    expect(scheduleMultiplier("S11", "NQ", 3, m(6, 0))).toBe(0);
  });

  it("never allows closed bars and leaves unknown strategies unrestricted", () => {
    expect(scheduleMultiplier("S2", "ES", -1, 0)).toBe(0);
    expect(scheduleMultiplier("orb", "ES", 7, m(12, 0))).toBe(1);
  });

  it("precomputes the same answers as a 12 × 1440 table", () => {
    const t = scheduleTable("S11", "NQ");
    expect(t.length).toBe(12 * 1440);
    expect(t[8 * 1440 + m(13, 30)]).toBe(1);
    expect(t[10 * 1440 + m(15, 10)]).toBeCloseTo(0.7, 6);
    expect(t[7 * 1440 + m(12, 0)]).toBe(0);
    expect(DEFAULT_SCHEDULE.rows.map((r) => r.segment)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
