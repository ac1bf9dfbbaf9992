import { describe, expect, it } from "vitest";
import { DEFAULTS, inputs, params } from "./__tests__/fakes.js";
import { classify, DRIVE_LONG, DRIVE_SHORT, IDLE, REVERSAL_LONG, REVERSAL_SHORT } from "./classify.js";

const PEN = 8;
// Three closes above the ON high (5010), rising, early, 5-minute trend up.
const driveUp = { close: 5012, close1: 5011, close2: 5010.5 };
const driveDown = { close: 4988, close1: 4989, close2: 4989.5, trendFast: 4990, trendSlow: 4995 };
// Previous bar poked 1 point above the ON high; this bar closes back below it, bearish.
const failedUp = { high1: 5011, close: 5008, open: 5009.5, close1: 5009.75, trendFast: 5000, trendSlow: 5001 };
const failedDn = { low1: 4989, close: 4992, open: 4990.5, close1: 4990.25 };
const climax = { volume: 150, volume1: 400, volume2: 200 };

describe("S6 classification", () => {
  it("is idle when ADX, RVOL or the overnight range is missing or below threshold", () => {
    expect(classify(inputs({ ...driveUp, adx: DEFAULTS.minADX - 0.01 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, rvol: DEFAULTS.minRVOL - 0.01 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, rvol: Number.NaN }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, onHigh: Number.NaN, onLow: Number.NaN }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp }), DEFAULTS, PEN)).toBe(DRIVE_LONG);
  });

  it("drive long needs three closes above the ON high, ≤ 15 min after the open, 1m and 5m up, gap not down", () => {
    expect(classify(inputs(driveUp), DEFAULTS, PEN)).toBe(DRIVE_LONG);
    expect(classify(inputs({ ...driveUp, close2: 5009 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, minutesSinceOpen: 15 }), DEFAULTS, PEN)).toBe(DRIVE_LONG);
    expect(classify(inputs({ ...driveUp, minutesSinceOpen: 16 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, close1: 5013 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, trendFast: 4999 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, gapDir: -1 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveUp, gapDir: 1 }), DEFAULTS, PEN)).toBe(DRIVE_LONG);
  });

  it("drive short mirrors it", () => {
    expect(classify(inputs(driveDown), DEFAULTS, PEN)).toBe(DRIVE_SHORT);
    expect(classify(inputs({ ...driveDown, gapDir: 1 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...driveDown, trendFast: 4996 }), DEFAULTS, PEN)).toBe(IDLE);
  });

  it("a failed poke reverses only with a volume climax or the peer divergence", () => {
    expect(classify(inputs(failedUp), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...failedUp, ...climax }), DEFAULTS, PEN)).toBe(REVERSAL_SHORT);
    expect(classify(inputs({ ...failedUp, divBp: -(DEFAULTS.divMaxBp + 1) }), DEFAULTS, PEN)).toBe(REVERSAL_SHORT);
    expect(classify(inputs({ ...failedUp, divBp: -DEFAULTS.divMaxBp }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...failedDn, ...climax }), DEFAULTS, PEN)).toBe(REVERSAL_LONG);
    expect(classify(inputs({ ...failedDn, divBp: DEFAULTS.divMaxBp + 1 }), DEFAULTS, PEN)).toBe(REVERSAL_LONG);
    expect(classify(inputs({ ...failedDn, divBp: Number.NaN }), DEFAULTS, PEN)).toBe(IDLE);
  });

  it("the poke may exceed the ON extreme by at most the penetration ticks, and the bar must close back inside against it", () => {
    const at = (high1: number) => classify(inputs({ ...failedUp, ...climax, high1 }), DEFAULTS, PEN);
    expect(at(5010 + PEN * 0.25)).toBe(REVERSAL_SHORT);
    expect(at(5010 + PEN * 0.25 + 0.25)).toBe(IDLE);
    expect(at(5009.75)).toBe(IDLE);
    expect(classify(inputs({ ...failedUp, ...climax, open: 5007 }), DEFAULTS, PEN)).toBe(IDLE);
    expect(classify(inputs({ ...failedUp, ...climax, close: 5010.25 }), DEFAULTS, PEN)).toBe(IDLE);
  });

  it("drive has priority over reversal, and thresholds come from the parameter set", () => {
    const both = inputs({ ...driveUp, low1: 4989, ...climax });
    expect(classify(both, DEFAULTS, PEN)).toBe(DRIVE_LONG);
    const strict = params({ minADX: 31 });
    expect(classify(inputs(driveUp), strict, PEN)).toBe(IDLE);
  });
});
