import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cmeClock } from "./__fixtures__/et.js";
import { SEGMENT_NAMES, SESSION_NAMES } from "./sessions.js";

const FROM = Date.UTC(2015, 0, 1);
const UNTIL = Date.UTC(2028, 0, 1);
const instant = fc.integer({ min: FROM, max: UNTIL - 1 });
const RUNS = { seed: 42, numRuns: 3000 };

describe("MarketClock properties over 2015–2027", () => {
  const clock = cmeClock();

  it("open ⇔ trade date; sessionOpen ≤ at < sessionClose when open; reason regular ⇔ open", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = clock.state(t);
        expect(s.open).toBe(s.tradeDate !== null);
        expect(s.open).toBe(s.reason === "regular");
        expect(s.open).toBe(s.session !== null && s.segment !== null && s.clearingDate !== null);
        if (s.open) {
          expect(s.sessionOpen!).toBeLessThanOrEqual(t);
          expect(t).toBeLessThan(s.sessionClose!);
          expect(s.nextOpen).toBeNull();
          expect(s.clearingDate! >= s.tradeDate!).toBe(true);
        } else {
          expect(s.sessionOpen).toBeNull();
          expect(s.nextOpen).toBe(clock.nextOpen(t));
        }
      }),
      RUNS,
    );
  });

  it("nextOpen is after at, open there and closed 1 ms before", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const n = clock.nextOpen(t);
        expect(n).toBeGreaterThan(t);
        expect(clock.isOpen(n)).toBe(true);
        expect(clock.isOpen(n - 1)).toBe(false);
        expect(clock.state(n).sessionOpen).toBe(n);
      }),
      RUNS,
    );
  });

  it("nextClose is after at, closed there and open 1 ms before; while open it is this session's close", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const c = clock.nextClose(t);
        expect(c).toBeGreaterThan(t);
        expect(clock.isOpen(c)).toBe(false);
        expect(clock.isOpen(c - 1)).toBe(true);
        const s = clock.state(t);
        if (s.open) expect(c).toBe(s.sessionClose);
      }),
      RUNS,
    );
  });

  it("the trade date is the ET date of the session's close, and sessions never overlap", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = clock.state(t);
        if (!s.open) return;
        const closeDate = new Date(s.sessionClose! - 5 * 3_600_000).toISOString().slice(0, 10);
        expect(s.tradeDate).toBe(closeDate);
        expect(clock.state(s.sessionOpen! - 1).open).toBe(false);
      }),
      RUNS,
    );
  });

  it("the batch labeller agrees with the per-instant API on every column, in any order", () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 200 }), fc.boolean(), (times, sorted) => {
        if (sorted) times.sort((a, b) => a - b);
        const labels = clock.labelBars(Float64Array.from(times));
        expect(labels.length).toBe(times.length);
        times.forEach((t, j) => {
          const s = clock.state(t);
          expect(labels.open[j]).toBe(s.open ? 1 : 0);
          expect(labels.tradeDate[j]).toBe(s.tradeDate === null ? 0 : Number(s.tradeDate.replaceAll("-", "")));
          expect(labels.clearingDate[j]).toBe(s.clearingDate === null ? 0 : Number(s.clearingDate.replaceAll("-", "")));
          expect(labels.session[j]).toBe(s.session === null ? -1 : SESSION_NAMES.indexOf(s.session));
          expect(labels.segment[j]).toBe(s.segment === null ? -1 : SEGMENT_NAMES.indexOf(s.segment));
          const etParts = new Intl.DateTimeFormat("en-US", {
            timeZone: "America/New_York",
            hour: "numeric",
            minute: "numeric",
            hourCycle: "h23",
          }).formatToParts(new Date(t));
          const hour = Number(etParts.find((p) => p.type === "hour")!.value);
          const minute = Number(etParts.find((p) => p.type === "minute")!.value);
          expect(labels.etMinute[j]).toBe(hour * 60 + minute);
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("labels consecutive minutes across the whole range like the per-instant API", () => {
    const start = Date.UTC(2019, 10, 25);
    const n = 60 * 24 * 45; // 45 days of minutes, through Thanksgiving, Christmas and New Year
    const time = new Float64Array(n);
    for (let j = 0; j < n; j++) time[j] = start + j * 60_000;
    const labels = clock.labelBars(time);
    for (let j = 0; j < n; j += 7) {
      const s = clock.state(time[j]!);
      expect(labels.open[j]).toBe(s.open ? 1 : 0);
      expect(labels.segment[j]).toBe(s.segment === null ? -1 : SEGMENT_NAMES.indexOf(s.segment));
    }
  });
});
