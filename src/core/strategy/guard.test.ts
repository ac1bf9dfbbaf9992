import { describe, expect, it } from "vitest";
import { checkSignal, decideFailed } from "./guard.js";
import { Signal } from "./signal.js";

const at = { strategyId: "S9", index: 7, time: Date.parse("2026-03-12T14:00:00Z"), close: 5000, side: 0 };
const err = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return `${(e as { code: string }).code} ${(e as Error).message}`;
  }
  return "ok";
};

describe("checkSignal (guarded mode)", () => {
  it("accepts well-formed signals of every kind", () => {
    expect(err(() => checkSignal(Signal.hold(), at))).toBe("ok");
    expect(err(() => checkSignal(Signal.exit(), at))).toBe("ok");
    expect(err(() => checkSignal(Signal.long({ stop: 4995, target: 5010, target2: 5020 }), at))).toBe("ok");
    expect(
      err(() => checkSignal(Signal.short({ entryType: "limit", entryPrice: 5001, stop: 5004, target: 4990 }), at)),
    ).toBe("ok");
    expect(err(() => checkSignal(Signal.modify({ stop: 4999 }), { ...at, side: 1 }))).toBe("ok");
  });

  it("names the strategy, the field and the bar for each broken invariant", () => {
    expect(err(() => checkSignal(Signal.long({ stop: 5001 }), at))).toMatchInlineSnapshot(
      `"SK_STRATEGY_SIGNAL_INVALID strategy S9: signal.stop 5001 must be below the long entry reference 5000 (bar 7, 2026-03-12T14:00:00.000Z)."`,
    );
    expect(err(() => checkSignal(Signal.short({ target: 5002 }), at))).toMatchInlineSnapshot(
      `"SK_STRATEGY_SIGNAL_INVALID strategy S9: signal.target 5002 must be below the short entry reference 5000 (bar 7, 2026-03-12T14:00:00.000Z)."`,
    );
    expect(err(() => checkSignal(Signal.long({ entryType: "limit" }), at))).toMatch(
      /entryPrice must be a finite positive price/,
    );
    expect(err(() => checkSignal(Signal.long({ stop: Number.NaN }), at))).toMatch(/signal.stop must be a finite price/);
    expect(err(() => checkSignal(Signal.long({ target: 5010, target2: 5005 }), at))).toMatch(
      /must lie beyond target 5010/,
    );
    expect(err(() => checkSignal(Signal.long({ target2: 5010 }), at))).toMatch(/needs a first target/);
    expect(err(() => checkSignal(Signal.long({ target: 5010, target2: 5020, scaleOut: 1 }), at))).toMatch(/scaleOut/);
    expect(err(() => checkSignal(Signal.long({ validityBars: 0 }), at))).toMatch(/validityBars/);
    expect(err(() => checkSignal(Signal.long({ qty: 1.5 }), at))).toMatch(/qty must be a positive integer/);
    expect(err(() => checkSignal(Signal.long({ stopTicks: -4 }), at))).toMatch(/stopTicks/);
    expect(err(() => checkSignal(Signal.modify({ stop: 4990 }), at))).toMatch(/modify needs an open position/);
    expect(err(() => checkSignal(Signal.modify({ stop: 5001 }), { ...at, side: 1 }))).toMatch(/loss side/);
    expect(err(() => checkSignal({ kind: "buy" } as never, at))).toMatch(/kind must be hold/);
  });

  it("wraps a throwing decide with the strategy id and bar", () => {
    const e = decideFailed(new Error("boom"), "S9", 3, Date.parse("2026-03-12T14:00:00Z"));
    expect(`${e.code} ${e.message}`).toMatchInlineSnapshot(
      `"SK_STRATEGY_DECIDE_FAILED strategy S9: decide threw at bar 3 (2026-03-12T14:00:00.000Z): boom"`,
    );
    expect(e.plugin).toBe("S9");
  });
});
