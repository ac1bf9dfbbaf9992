import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { cmeClock } from "./__fixtures__/et.js";
import { builtinSpecialDayTable, type SpecialDayKind } from "./special-days.js";

/**
 * SPEC §1 restated as a slow, independent oracle: luxon wall time of the instant plus the special-days
 * table, with no transition tables, sessions or gaps. The clock must agree with it everywhere.
 */
const special = new Map(builtinSpecialDayTable().entries.map((e) => [e.date, e.kind]));
const CLOSE_MINUTE: Record<Exclude<SpecialDayKind, "full-closure">, number> = {
  "holiday-halt-1300": 780,
  "early-close-1315": 795,
  "jobs-report-good-friday-0915": 555,
  "mourning-0930": 570,
};

/** Close minute of the session labelled `date`, or null when `date` has no session. */
function closeMinuteOf(date: DateTime): number | null {
  if (date.weekday >= 6) return null;
  const kind = special.get(date.toISODate()!);
  if (kind === undefined) return 1020;
  return kind === "full-closure" ? null : CLOSE_MINUTE[kind];
}

function oracle(t: number): { open: boolean; reason: string; tradeDate: string | null } {
  const w = DateTime.fromMillis(t, { zone: "America/New_York" });
  const day = w.startOf("day");
  const minute = w.hour * 60 + w.minute;
  const tradeDay = minute >= 1080 ? day.plus({ days: 1 }) : day;
  const close = closeMinuteOf(tradeDay);
  const open = close !== null && (minute >= 1080 || minute < close);
  if (open) return { open, reason: "regular", tradeDate: tradeDay.toISODate() };
  const weekday = w.weekday; // 1 = Monday … 7 = Sunday
  let reason: string;
  if ((weekday === 5 && minute >= 1020) || weekday === 6 || (weekday === 7 && minute < 1080)) reason = "weekend";
  else if (special.get(tradeDay.toISODate()!) === "full-closure") reason = "holiday";
  else if (minute < 1080 && (closeMinuteOf(day) ?? 1020) < 1020) reason = "early-close";
  else reason = "maintenance";
  return { open, reason, tradeDate: null };
}

describe("MarketClock against an independent SPEC §1 oracle", () => {
  const clock = cmeClock();
  const check = (t: number) => {
    const s = clock.state(t);
    expect({ open: s.open, reason: s.reason, tradeDate: s.tradeDate }).toEqual(oracle(t));
  };

  it("agrees on random instants 2015–2027", () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2015, 0, 2), max: Date.UTC(2027, 11, 31) }), check), {
      seed: 42,
      numRuns: 5000,
    });
  });

  it("agrees ±1 ms around every schedule edge on the days before, of and after each special day", () => {
    const edges = [
      [9, 15],
      [9, 30],
      [13, 0],
      [13, 15],
      [17, 0],
      [18, 0],
    ] as const;
    for (const date of special.keys()) {
      const day = DateTime.fromISO(date, { zone: "America/New_York" });
      for (const offset of [-1, 0, 1]) {
        for (const [hour, minute] of edges) {
          const t = day.plus({ days: offset }).set({ hour, minute }).toMillis();
          check(t - 1);
          check(t);
        }
      }
    }
  });
});
