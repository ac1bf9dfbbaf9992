import { describe, expect, it } from "vitest";
import { DEFAULTS, history, inputs, params } from "./__tests__/fakes.js";
import { DRIVE_LONG, DRIVE_SHORT, IDLE, REVERSAL_LONG, REVERSAL_SHORT } from "./classify.js";
import { entryFor, reversalExpectedR, reversalStop, targetDistance } from "./entry.js";

// Current bar's low retests the ON high (5010) within 8 ticks.
const retest = history([
  { h: 5012.5, l: 5011, c: 5012 },
  { h: 5011.5, l: 5010.5, c: 5011 },
  { h: 5011, l: 5009.5, c: 5010.5 },
]);
const driveUp = inputs({ close: 5012, close1: 5011, close2: 5010.5, atr: 2 });

describe("S6 entries", () => {
  it("a drive is a market order with a real stop max(stopTicksMin ticks, stopAtrMult·ATR) and target max(ATR, targetAdrFrac·ADR)", () => {
    const s = entryFor(DRIVE_LONG, driveUp, DEFAULTS, 40, retest);
    // stop: max(8 ticks = 2, 1.5 × 2 = 3) = 3; target: max(2, 0.18 × 40 = 7.2) = 7.2 → tick 7.25
    expect(s).toMatchObject({
      kind: "long",
      entryType: "market",
      stop: 5009,
      target: 5019.25,
      timeStopBars: 45, // maxHoldMinutes, exact: held 45 bars
      qty: undefined,
      tags: ["S6-Drive"],
    });
    // the default quantity leaves sizing to the engine; a larger baseQty fixes it
    expect(entryFor(DRIVE_LONG, driveUp, params({ baseQty: 3 }), 40, retest)?.qty).toBe(3);
    const short = entryFor(
      DRIVE_SHORT,
      inputs({ close: 4988, atr: 1 }),
      DEFAULTS,
      10,
      history([{ h: 4991, l: 4987, c: 4988 }]),
    );
    // stop: max(2, 1.5) = 2; target: max(1, 1.8) = 1.8 → 1.75
    expect(short).toMatchObject({ kind: "short", stop: 4990, target: 4986.25 });
  });

  it("falls back to 2 × ATR for the ADR before any completed trade date", () => {
    expect(targetDistance(inputs({ atr: 4 }), DEFAULTS, Number.NaN)).toBe(4);
    expect(targetDistance(inputs({ atr: 4 }), params({ targetAdrFrac: 0.5 }), Number.NaN)).toBe(4);
    expect(targetDistance(inputs({ atr: 1 }), params({ targetAdrFrac: 0.5 }), Number.NaN)).toBe(1);
    expect(targetDistance(inputs({ atr: 1 }), DEFAULTS, 100)).toBe(18);
  });

  it("a drive waits for a retest of the broken level within the grace ticks over the last retestConfirmBars1m bars", () => {
    const far = history([
      { h: 5014, l: 5013, c: 5013.5 },
      { h: 5013, l: 5012.25, c: 5012.5 },
      { h: 5012.5, l: 5012.1, c: 5012.25 },
      { h: 5011, l: 5010, c: 5010.5 },
    ]);
    const x = inputs({ close: 5013.5, close1: 5012.5, close2: 5012.25 });
    expect(entryFor(DRIVE_LONG, x, DEFAULTS, 40, far)).toBeUndefined(); // lows 5013, 5012.25, 5012.1 > 5012
    expect(entryFor(DRIVE_LONG, x, params({ retestConfirmBars1m: 4 }), 40, far)?.kind).toBe("long");
    expect(entryFor(DRIVE_LONG, x, params({ retestGraceTicks: 9 }), 40, far)?.kind).toBe("long");
    expect(entryFor(DRIVE_LONG, x, params({ retestEnable: false }), 40, far)?.kind).toBe("long");
  });

  it("a reversal's stop sits stopTicksMin ticks beyond the close and the failed extreme", () => {
    const x = inputs({ close: 5008, close1: 5009.75, onHigh: 5010 });
    expect(reversalStop(-1, x, DEFAULTS)).toBe(5012);
    expect(reversalStop(1, inputs({ close: 4992, onLow: 4990 }), DEFAULTS)).toBe(4988);
    const s = entryFor(REVERSAL_SHORT, x, DEFAULTS, 40, history([{ h: 5010, l: 5007.5, c: 5008 }]));
    expect(s).toMatchObject({ kind: "short", stop: 5012, target: 5000.75, tags: ["S6-Reversal"] });
    expect(reversalExpectedR(-1, x, DEFAULTS, 40)).toBeCloseTo(7.2 / 4, 12);
  });

  it("a reversal needs the 1-minute direction to confirm it (D6-6)", () => {
    const bar = history([{ h: 4993, l: 4990, c: 4992 }]);
    expect(entryFor(REVERSAL_LONG, inputs({ close: 4992, close1: 4991, onLow: 4990 }), DEFAULTS, 40, bar)?.kind).toBe(
      "long",
    );
    expect(
      entryFor(REVERSAL_LONG, inputs({ close: 4992, close1: 4992.5, onLow: 4990 }), DEFAULTS, 40, bar),
    ).toBeUndefined();
  });

  it("no entry for an idle regime or without an ATR", () => {
    expect(entryFor(IDLE, driveUp, DEFAULTS, 40, retest)).toBeUndefined();
    expect(entryFor(DRIVE_LONG, inputs({ ...driveUp, atr: Number.NaN }), DEFAULTS, 40, retest)).toBeUndefined();
  });
});
