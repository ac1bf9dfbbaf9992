import { describe, expect, it } from "vitest";
import { DEFAULTS, longSetup, params, shortSetup } from "./__tests__/fakes.js";
import { fadeEntry, fadeStop, fadeTarget } from "./entry.js";

describe("S11 entry", () => {
  it("puts the stop beyond the trade date's extreme by max(stopTicksMin ticks, stopAtrMult × ATR)", () => {
    // long: day low 4980 − max(2, 1.2 × 2 = 2.4) = 4977.6; short: day high 5040 + 2.4
    expect(fadeStop(1, longSetup(), DEFAULTS)).toBeCloseTo(4977.6, 12);
    expect(fadeStop(-1, shortSetup(), DEFAULTS)).toBeCloseTo(5042.4, 12);
    expect(fadeStop(1, longSetup({ atr: 1 }), DEFAULTS)).toBe(4978);
    // the current bar's low counts even before the day-low feature has it
    expect(fadeStop(1, longSetup({ low: 4979, dayLow: 4980 }), DEFAULTS)).toBeCloseTo(4976.6, 12);
  });

  it("targets the nearer of the IB midpoint and targetAdrFrac × ADR", () => {
    expect(fadeTarget(1, longSetup(), DEFAULTS)).toBeCloseTo(4982 + 0.12 * 40, 12);
    expect(fadeTarget(1, longSetup(), params({ targetAdrFrac: 0.3, adrExhaustionThreshold: 0.75 }))).toBe(4994);
    expect(fadeTarget(1, longSetup({ ibMid: 4985 }), DEFAULTS)).toBe(4985);
    expect(fadeTarget(-1, shortSetup(), DEFAULTS)).toBeCloseTo(5038 - 4.8, 12);
  });

  it("is a market order with real stop and target orders, a time stop and the afternoon quantity", () => {
    expect(fadeEntry(1, longSetup(), DEFAULTS)).toMatchObject({
      kind: "long",
      entryType: "market",
      stop: 4977.5,
      target: 4986.75,
      timeStopBars: 90, // maxHoldMinutes, exact: held 90 bars
      qty: undefined, // 1 × 0.8 rounds to 1: the engine's sizing rule decides
      tags: ["S11-Fade"],
    });
    expect(fadeEntry(-1, shortSetup(), params({ baseQty: 5 }))).toMatchObject({
      kind: "short",
      stop: 5042.5,
      target: 5033.25,
      qty: 4,
    });
  });

  it("refuses an entry without an ATR or when the target is not beyond the close", () => {
    expect(fadeEntry(1, longSetup({ atr: Number.NaN }), DEFAULTS)).toBeUndefined();
    expect(fadeEntry(1, longSetup({ ibMid: 4981 }), DEFAULTS)).toBeUndefined();
  });
});
