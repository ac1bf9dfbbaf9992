import { describe, expect, it } from "vitest";
import { DEFAULTS, longSetup, params, shortSetup } from "./__tests__/fakes.js";
import { adrUsed, fadeSide, rejection, volumeExhaustion } from "./classify.js";

describe("S11 fade classification", () => {
  it("fades an exhausted low below the IB and an exhausted high above it", () => {
    expect(fadeSide(longSetup(), DEFAULTS)).toBe(1);
    expect(fadeSide(shortSetup(), DEFAULTS)).toBe(-1);
  });

  it("needs a range-bound textbook ADX and enough relative volume", () => {
    expect(fadeSide(longSetup({ adx: DEFAULTS.maxADX }), DEFAULTS)).toBe(1);
    expect(fadeSide(longSetup({ adx: DEFAULTS.maxADX + 0.01 }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ rvol: DEFAULTS.minRVOL - 0.01 }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ rvol: Number.NaN }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ adx: Number.NaN }), DEFAULTS)).toBe(0);
  });

  it("needs the trade date to have used adrExhaustionThreshold of its average range", () => {
    expect(adrUsed(longSetup())).toBe(1.25);
    expect(fadeSide(longSetup({ dayHigh: 4980 + 0.75 * 40 }), DEFAULTS)).toBe(1);
    expect(fadeSide(longSetup({ dayHigh: 4980 + 0.74 * 40 }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ adr: Number.NaN }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ adr: 0 }), DEFAULTS)).toBe(0);
  });

  it("needs an RSI extreme on the side of the IB it fades, and a valid IB", () => {
    expect(fadeSide(longSetup({ rsi: DEFAULTS.minRSI }), DEFAULTS)).toBe(1);
    expect(fadeSide(longSetup({ rsi: DEFAULTS.minRSI + 0.01 }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ close: 5001 }), DEFAULTS)).toBe(0); // RSI low but inside the IB
    expect(fadeSide(longSetup({ rsi: 80 }), DEFAULTS)).toBe(0); // RSI high below the IB
    expect(fadeSide(shortSetup({ rsi: DEFAULTS.maxRSI - 0.01 }), DEFAULTS)).toBe(0);
    expect(fadeSide(longSetup({ ibHigh: Number.NaN, ibLow: Number.NaN }), DEFAULTS)).toBe(0);
  });

  it("needs a volume climax or a rejection wick on the fade's side", () => {
    const quiet = { volume: 500, priorVolumeMean: 300 };
    expect(volumeExhaustion(longSetup(), DEFAULTS)).toBe(true);
    expect(volumeExhaustion(longSetup({ volume: 599 }), DEFAULTS)).toBe(false);
    expect(volumeExhaustion(longSetup({ priorVolumeMean: 0 }), DEFAULTS)).toBe(false);
    // 4980–4987, body 4986→4982: lower wick 2 of 7 → no rejection
    expect(fadeSide(longSetup(quiet), DEFAULTS)).toBe(0);
    // a hammer: open 4986, close 4986.5, low 4980, high 4987 → lower wick 6/7
    const hammer = { ...quiet, open: 4986, close: 4986.5 };
    expect(rejection(1, longSetup(hammer), DEFAULTS)).toBe(true);
    expect(fadeSide(longSetup(hammer), DEFAULTS)).toBe(1);
    // the same wick does not confirm a short
    expect(rejection(-1, longSetup(hammer), DEFAULTS)).toBe(false);
    expect(rejection(1, longSetup({ high: 4980, low: 4980 }), DEFAULTS)).toBe(false);
    expect(fadeSide(longSetup(hammer), params({ rejectionWickRatio: 0.9 }))).toBe(0);
  });
});
