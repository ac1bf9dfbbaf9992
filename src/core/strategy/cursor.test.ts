import { describe, expect, it } from "vitest";
import { barsFrom } from "./__tests__/bars-fixture.js";
import { StrategyCursor } from "./cursor.js";
import { PositionState } from "./position-state.js";

function cursor(frozen = false) {
  // 2026-03-12 13:29 UTC = 09:29 ET (EDT): the 09:29 bar is Overnight/USPreMarket, the 09:30 bar RTH/OpeningDrive.
  const { bars, labels } = barsFrom("2026-03-12T13:29:00Z", [
    [100, 101, 99, 100.5],
    [100.5, 102, 100, 101.75],
    [101.75, 103, 101.5, 102.25],
  ]);
  const f = new Float64Array([1, 2, 3]);
  const position = new PositionState();
  const c = new StrategyCursor({
    strategyId: "T1",
    bars,
    labels,
    features: { names: ["atr"], columns: [f] },
    position,
    state: { seen: 0 },
    frozen,
  });
  return { c, position };
}

describe("StrategyCursor", () => {
  it("shows the current bar, past bars, features and labels, and moves with one integer", () => {
    const { c } = cursor();
    const ctx = c.ctx as typeof c.ctx & { features: { atr: number } };
    c.i = 1;
    expect([ctx.bar.index, ctx.bar.open, ctx.bar.high, ctx.bar.low, ctx.bar.close]).toEqual([
      1, 100.5, 102, 100, 101.75,
    ]);
    expect(ctx.bars.close(1)).toBe(100.5);
    expect(ctx.bars.close()).toBe(101.75);
    expect(ctx.bars.close(2)).toBeNaN();
    expect(ctx.bars.length).toBe(2);
    expect(ctx.features.atr).toBe(2);
    expect(ctx.features.at("atr", 1)).toBe(1);
    expect(ctx.labels).toMatchObject({
      marketOpen: true,
      tradeDate: 20260312,
      session: 1,
      sessionName: "RTH",
      segment: 5,
      etMinute: 570,
    });
    c.i = 0;
    expect(ctx.labels.sessionName).toBe("Overnight");
    expect(ctx.labels.segment).toBe(4);
    expect(ctx.symbol).toBe("ES");
    expect(ctx.instrument.pointValue).toBe(50);
  });

  it("refuses every look into the future with SK_STRATEGY_LOOKAHEAD naming the strategy", () => {
    const { c } = cursor();
    c.i = 1;
    expect(() => c.ctx.bars.close(-1)).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: strategy T1: bars.close(-1) looks 1 bar(s) into the future; lookbacks must be >= 0.]`,
    );
    expect(() => c.ctx.bars.high(Number.NaN)).toThrow(/SK_STRATEGY_LOOKAHEAD|future/);
    expect(() => c.ctx.features.at("atr", -2)).toThrow(/features.at\("atr"\)\(-2\)/);
    expect(() => c.ctx.features.at("nope" as "atr", 0)).toThrow(/not declared/);
  });

  it("exposes the position read-only and derives bars in trade and since exit", () => {
    const { c, position } = cursor();
    c.i = 2;
    expect(c.ctx.position.isFlat).toBe(true);
    expect(c.ctx.position.barsSinceExit).toBe(Number.POSITIVE_INFINITY);
    position.side = -1;
    position.qty = 2;
    position.entryIndex = 1;
    expect(c.ctx.position).toMatchObject({ isFlat: false, side: -1, qty: 2, barsInTrade: 1 });
    position.closeAt(2);
    expect(c.ctx.position.barsSinceExit).toBe(0);
    expect(() => {
      (c.ctx.position as { qty: number }).qty = 5;
    }).toThrow(TypeError);
  });

  it("freezes every view in guarded mode", () => {
    const { c } = cursor(true);
    expect(Object.isFrozen(c.ctx)).toBe(true);
    expect(Object.isFrozen(c.ctx.bar)).toBe(true);
    expect(Object.isFrozen(c.ctx.features)).toBe(true);
    expect(() => {
      (c.ctx as { params: unknown }).params = {};
    }).toThrow(TypeError);
  });
});
