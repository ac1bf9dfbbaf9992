import { describe, expect, it } from "vitest";
import type { BarLabels } from "../market-time/labels.js";
import type { Bars } from "./bars.js";
import { createBars } from "./bars-ops.js";
import { buildContinuous, expiryTradeDate } from "./continuous.js";

/** A fake calendar: every minute open, trade date = UTC date. */
const fakeClock = {
  labelBars(time: Float64Array): BarLabels {
    const n = time.length;
    const tradeDate = Int32Array.from(time, (t) => {
      const d = new Date(t);
      return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    });
    return {
      length: n,
      open: new Uint8Array(n).fill(1),
      tradeDate,
      clearingDate: tradeDate,
      session: new Int8Array(n),
      segment: new Int8Array(n),
      etMinute: new Int16Array(n),
    };
  },
};

const DAY = 86_400_000;
/** One bar a day at 12:00 UTC from `fromDay` (UTC date) for `days` days, flat price, given volume. */
function daily(contract: string, fromDay: number, days: number, price: number, volume: (d: number) => number): Bars {
  const col = (f: (i: number) => number) => Float64Array.from({ length: days }, (_, i) => f(i));
  return createBars({
    symbol: "ES",
    contract,
    time: col((i) => fromDay + i * DAY + 12 * 3_600_000),
    open: col(() => price),
    high: col(() => price),
    low: col(() => price),
    close: col(() => price),
    volume: col((i) => volume(i)),
  });
}

describe("buildContinuous", () => {
  const h = daily("ESH26", Date.UTC(2026, 2, 1), 20, 100, (i) => 1000 - i * 40);
  const m = daily("ESM26", Date.UTC(2026, 2, 5), 20, 110, (i) => 100 + i * 60);

  it("computes the third Friday expiry", () => {
    expect([
      expiryTradeDate(2026, 3),
      expiryTradeDate(2025, 9),
      expiryTradeDate(2026, 6),
      expiryTradeDate(2024, 3),
    ]).toEqual([20260320, 20250919, 20260619, 20240315]);
  });

  it("rolls at the first volume crossover, with no adjustment by default", () => {
    // H: 1000-40i from Mar 1; M: 100+60j from Mar 5 (j = i-4). Crossover when 100+60(i-4) > 1000-40i → i ≥ 12 → Mar 13.
    const s = buildContinuous([m, h], fakeClock);
    expect(s.rolls).toMatchObject([
      { from: "ESH26", to: "ESM26", tradeDate: 20260313, difference: 10, measured: true },
    ]);
    expect(s.bars.length).toBe(12 + 12);
    expect(Array.from(s.bars.close.subarray(10, 14))).toEqual([100, 100, 110, 110]);
  });

  it("back-adjusts by difference or ratio when asked", () => {
    const d = buildContinuous([h, m], fakeClock, { adjust: "difference" });
    expect(Array.from(d.bars.close.subarray(10, 14))).toEqual([110, 110, 110, 110]);
    const r = buildContinuous([h, m], fakeClock, { adjust: "ratio" });
    expect(r.bars.close[0]).toBeCloseTo(110, 10);
    expect(r.bars.close[23]).toBe(110);
  });

  it("rolls N days before expiry when asked", () => {
    const s = buildContinuous([h, m], fakeClock, { roll: { kind: "days-before-expiry", days: 8 } });
    expect(s.rolls[0]!.tradeDate).toBe(20260312);
  });

  it("refuses bars without a contract code", () => {
    const noContract = createBars({ ...h, contract: undefined, symbol: "ES" });
    expect(() => buildContinuous([noContract, m], fakeClock)).toThrow("every bar set needs a contract code");
  });
});
