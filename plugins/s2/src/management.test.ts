import { describe, expect, it } from "vitest";
import { type FakeInit, fakeContext } from "./__tests__/fake-context.js";
import { longSetup } from "./__tests__/setups.js";
import { S2Params } from "./params.js";
import { createS2State } from "./state.js";
import { s2Strategy } from "./strategy.js";

const decide = (init: FakeInit) => s2Strategy.decide(fakeContext(init));

describe("S2 dynamic threshold through decide", () => {
  it("the σ trigger needs |z| ≥ dynSigma once the ATR trigger is out of reach", () => {
    // AtrEnter 5: a = −2.5 cannot trigger, so only z = −2.5 can; NQ needs 2.6 + 0.2.
    const p = { atrEnter: 5 };
    expect(decide({ bars: longSetup(), params: p })).toMatchObject({ kind: "long", tags: ["S2", "sigma"] });
    expect(decide({ bars: longSetup(), params: p, symbol: "NQ" }).kind).toBe("hold");
    expect(decide({ bars: longSetup(), params: { ...p, esSigma: 2.6 } }).kind).toBe("hold");
    expect(decide({ bars: longSetup(), params: { ...p, sigmaEnter: 2.6 } }).kind).toBe("hold");
    // roll week (Wednesday–Friday around the Thursday before March 2026's second Friday) adds 0.3
    expect(decide({ bars: longSetup(), params: { ...p, esSigma: 2.3 } }).kind).toBe("long");
    expect(decide({ bars: longSetup(), params: { ...p, esSigma: 2.3 }, tradeDate: 20260312 }).kind).toBe("hold");
    // the 11:20–12:00 adder lowers nothing below the base
    expect(decide({ bars: longSetup(), params: { ...p, esSigma: 2.55 }, etMinute: 690 }).kind).toBe("hold");
  });

  it("reads the adaptive quantile of the bar's ET hour as earlier bars left it, then folds the bar in", () => {
    const state = createS2State();
    for (let i = 0; i < 60; i++) state.quantiles.update(i, 11, 9); // hour 11 drifts up to 3.2
    expect(state.quantiles.read(11)).toBeCloseTo(3.2, 9);
    const s = decide({ bars: longSetup(), params: { atrEnter: 5 }, state });
    expect(s.kind).toBe("hold");
    // the decision bar's |z| 2.5 was below 3.2: its hour moved down by 0.01, other hours untouched
    expect(state.quantiles.read(11)).toBeCloseTo(3.19, 9);
    expect(state.quantiles.read(10)).toBe(2);
  });

  it("ignores a bar at or before the last one folded, also after a direct fold into the cells", () => {
    const table = createS2State().quantiles;
    table.update(100, 9, 5);
    table.update(100, 9, 5); // the same bar again: no change
    expect(table.read(9)).toBeCloseTo(2.02, 12);
    table.cells[9] = 250; // the screen folds bars up to time 200 itself (cells in hundredths)…
    table.foldedThrough(200);
    table.update(150, 9, 5); // …so a bar before that is not folded again
    table.update(200, 9, 5);
    expect(table.read(9)).toBe(2.5);
    table.foldedThrough(120); // never moves back
    table.update(201, 9, 0);
    expect(table.read(9)).toBeCloseTo(2.49, 12);
  });
});

describe("S2 trade management", () => {
  const entered = Object.freeze(S2Params.parse({ trailAtrMult: 1 }));
  it("trails the stop at TrailAtrMult × ATR with the ParamSet the position entered with", () => {
    const bars = longSetup();
    const s = decide({ bars, params: { trailAtrMult: 0 }, position: { side: 1, stop: 95, params: entered } });
    expect(s).toMatchObject({ kind: "modify", stop: 96.5 });
  });
  it("never loosens the stop, and TrailAtrMult 0 turns trailing off", () => {
    const bars = longSetup();
    expect(decide({ bars, position: { side: 1, stop: 96.75, params: entered } }).kind).toBe("hold");
    const off = Object.freeze(S2Params.parse({ trailAtrMult: 0 }));
    expect(decide({ bars, position: { side: 1, stop: 95, params: off } }).kind).toBe("hold");
  });
  it("sends MaxBarsInTrade as the time stop and ValidityBars as the limit's validity", () => {
    const s = decide({ bars: longSetup(), params: { maxBarsInTrade: 30, validityBars: 4 } });
    expect(s).toMatchObject({ kind: "long", timeStopBars: 30, validityBars: 4 });
  });
});
