import { describe, expect, it } from "vitest";
import { type FakeInit, fakeContext } from "./__tests__/fake-context.js";
import { longSetup, shortSetup } from "./__tests__/setups.js";
import { s2Strategy } from "./strategy.js";

const decide = (init: FakeInit) => s2Strategy.decide(fakeContext(init));

describe("S2 entry on a hand-made long setup", () => {
  it("buys with a limit one tick below the close, structural stop, ATR-capped target", () => {
    expect(decide({ bars: longSetup() })).toMatchInlineSnapshot(`
      {
        "entryPrice": 97.25,
        "entryType": "limit",
        "kind": "long",
        "qty": undefined,
        "scaleOut": 0.5,
        "stop": 96.75,
        "stopTicks": undefined,
        "tags": [
          "S2",
          "sigma",
        ],
        "target": 99.25,
        "target2": undefined,
        "target2Ticks": undefined,
        "targetTicks": undefined,
        "timeStopBars": 45,
        "validityBars": 3,
      }
    `);
  });

  it("mirrors for a short; a missing swing high does not block it (D2-5)", () => {
    const s = decide({ bars: shortSetup() });
    expect(s).toMatchObject({ kind: "short", entryType: "limit", entryPrice: 102.75, stop: 103.25, target: 100.75 });
  });

  it("market entry mode enters at the close", () => {
    const s = decide({ bars: longSetup(), params: { entryMode: "market" } });
    expect(s).toMatchObject({ kind: "long", entryType: "market", entryPrice: undefined, stop: 96.75, target: 99.5 });
  });

  it("caps the structural stop at StopAtrMult × ATR from the entry", () => {
    // ATR 0.4: the structural stop 96.8 lies 0.45 below the entry 97.25; the cap is 1.0 × 0.4.
    const s = decide({ bars: longSetup(), features: { atr: 0.4 } });
    expect(s).toMatchObject({ kind: "long", entryPrice: 97.25, stop: 96.75 });
    const wide = decide({ bars: longSetup(), features: { sigma: 0.25, atr: 0.3 }, params: { stopAtrMult: 1 } });
    expect(wide).toMatchObject({ kind: "long", entryPrice: 97.25, stop: 97 });
  });

  it("targets the VWAP when it is nearer than TargetAtrMult × ATR", () => {
    const s = decide({ bars: longSetup(), params: { targetAtrMult: 6, stopAtrMult: 1 } });
    expect(s).toMatchObject({ kind: "long", target: 100 });
  });
});

describe("S2 gates (each blocks the long setup)", () => {
  const blocked: [string, Partial<FakeInit>][] = [
    ["fewer than 60 bars", { bars: longSetup().slice(1) }],
    ["bar volume below MinVolume", { params: { minVolume: 5000 } }],
    ["VolZ above VolZMax", { features: { volz: 2.5 } }],
    ["VolZ below VolZMin", { features: { volz: -0.5 } }],
    ["no session VWAP", { features: { vwap: Number.NaN } }],
    ["σ = 0 (the anchor's first bar)", { features: { sigma: 0 } }],
    ["no ATR", { features: { atr: Number.NaN } }],
    ["ADR exhaustion: today's range > 1.2 × ADR", { features: { adr: 2, dayHigh: 101, dayLow: 98 } }],
    ["ADR room: VWAP closer than 0.25 × ADR", { features: { adr: 12, dayHigh: 101, dayLow: 96 } }],
    ["IB break down blocks a long fade (|z| < 2.8)", { features: { ibHigh: 102, ibLow: 100.5 } }],
    ["prior-day close magnet", { features: { pdClose: 97.6 } }],
    ["prior-day VWAP magnet", { features: { pdVwap: 97.25 } }],
    ["prior-day low too close below", { features: { pdLow: 97 } }],
    ["a pending entry order", { position: { hasPendingEntry: true } }],
    ["cooldown after an exit", { position: { barsSinceExit: 4 } }],
    ["MaxTradesPerSession reached", { position: { tradesThisSession: 3 } }],
  ];
  for (const [name, init] of blocked) {
    it(name, () => {
      expect(decide({ bars: longSetup(), ...init }).kind).toBe("hold");
    });
  }

  it("passes the IB filter before IbEndMinute, after an upside break, or beyond |z| 2.8", () => {
    const ib = { ibHigh: 102, ibLow: 100.5 };
    expect(decide({ bars: longSetup(), features: ib, etMinute: 10 * 60 + 20 }).kind).toBe("long");
    // close below an IB whose low the last 6 bars traded far above: not a fresh break
    expect(decide({ bars: longSetup(), features: { ibHigh: 102, ibLow: 99 } }).kind).toBe("long");
    // z = −2.5 / 0.8 = −3.1: beyond 2.8 a fade against the break is allowed
    expect(decide({ bars: longSetup(), features: { ...ib, sigma: 0.8 } }).kind).toBe("long");
    // an upside break never blocks a long fade (the reference blocked it, D2-4)
    expect(decide({ bars: shortSetup(), features: { ibHigh: 99.5, ibLow: 98 } }).kind).toBe("hold");
    expect(decide({ bars: longSetup(), features: { ibHigh: 97, ibLow: 96 } }).kind).toBe("long");
  });

  it("a cooldown of CooldownBars has passed; fewer trades than the cap", () => {
    expect(decide({ bars: longSetup(), position: { barsSinceExit: 5, tradesThisSession: 2 } }).kind).toBe("long");
  });

  it("needs deceleration and a confirmation bar", () => {
    const noDecel = longSetup();
    noDecel[noDecel.length - 2] = { o: 97.5, h: 97.9, l: 97.5, c: 97.75, v: 2000 };
    expect(decide({ bars: noDecel }).kind).toBe("hold");
    const noConfirm = longSetup();
    noConfirm[noConfirm.length - 1] = { o: 97.6, h: 97.6, l: 97.5, c: 97.5, v: 2000 };
    expect(decide({ bars: noConfirm }).kind).toBe("hold");
  });

  it("needs buying flow: up volume ≥ 0.9 × down volume over 10 bars", () => {
    const heavyDrop = longSetup().map((b, i) => (i >= 55 && i <= 57 ? { ...b, v: 20_000 } : b));
    expect(decide({ bars: heavyDrop }).kind).toBe("hold");
  });
});
