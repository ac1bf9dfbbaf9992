import { describe, expect, it } from "vitest";
import { SessionkitError } from "../errors/index.js";
import { defaultMarketClock } from "../market-time/index.js";
import { SessionCode } from "../market-time/sessions.js";
import { concatBars, createBars, sliceBars, sliceBySession, sliceByTime, sliceByTradeDate } from "./bars-ops.js";

function minuteBars(from: number, n: number, contract = "ESM26") {
  const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  return createBars({
    symbol: "ES",
    contract,
    time: col((i) => from + i * 60_000),
    open: col((i) => 100 + i),
    high: col((i) => 101 + i),
    low: col((i) => 99 + i),
    close: col((i) => 100 + i),
    volume: col(() => 1),
  });
}

describe("Bars operations", () => {
  it("refuses unequal columns and time that is not strictly increasing", () => {
    const t = new Float64Array([1, 2, 2]);
    const c = new Float64Array(3);
    expect(() => createBars({ symbol: "ES", time: t, open: c, high: c, low: c, close: c, volume: c })).toThrowError(
      "bars ES: time is not strictly increasing at index 2 (1970-01-01T00:00:00.002Z then 1970-01-01T00:00:00.002Z)",
    );
    const short = new Float64Array(2);
    try {
      createBars({
        symbol: "ES",
        time: new Float64Array([1, 2, 3]),
        open: short,
        high: c,
        low: c,
        close: c,
        volume: c,
      });
      expect.unreachable();
    } catch (e) {
      expect((e as SessionkitError).code).toBe("SK_DATA_BARS_INVALID");
    }
  });

  it("slices by index and time without copying", () => {
    const b = minuteBars(Date.UTC(2026, 2, 16, 13, 30), 10);
    const s = sliceBars(b, 2, 5);
    expect(s.length).toBe(3);
    expect(s.open.buffer).toBe(b.open.buffer);
    expect(s.open[0]).toBe(102);
    expect(sliceByTime(b, b.time[3]!, b.time[7]!).length).toBe(4);
    expect(sliceBars(b, 8, 100).length).toBe(2);
  });

  it("slices by trade date and by session with the calendar's labels", () => {
    // Sunday 2026-03-15 21:00Z .. Monday 21:00Z+: covers the end of nothing, then trade date 2026-03-16.
    const b = minuteBars(Date.UTC(2026, 2, 15, 22, 0), 24 * 60);
    const labels = defaultMarketClock().labelBars(b.time);
    const day = sliceByTradeDate(b, labels, 20260316);
    expect(new Date(day.time[0]!).toISOString()).toBe("2026-03-15T22:00:00.000Z");
    expect(new Date(day.time[day.length - 1]!).toISOString()).toBe("2026-03-16T20:59:00.000Z");
    const rth = sliceBySession(b, labels, 20260316, SessionCode.RTH);
    expect(rth.length).toBe(390);
    expect(new Date(rth.time[0]!).toISOString()).toBe("2026-03-16T13:30:00.000Z");
    expect(rth.close.buffer).toBe(b.close.buffer);
    expect(sliceBySession(b, labels, 20260317, SessionCode.RTH).length).toBe(0);
  });

  it("concatenates in time order and refuses overlap", () => {
    const a = minuteBars(0, 3);
    const b = minuteBars(3 * 60_000, 2);
    const c = concatBars([a, b]);
    expect(Array.from(c.open)).toEqual([100, 101, 102, 100, 101]);
    expect(c.contract).toBe("ESM26");
    expect(() => concatBars([b, a])).toThrow(SessionkitError);
  });
});
