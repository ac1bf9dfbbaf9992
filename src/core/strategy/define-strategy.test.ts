import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { defineStrategy } from "./define-strategy.js";
import { Signal } from "./signal.js";

const Params = z.strictObject({ len: z.number().int().min(2).max(50).default(14) });

describe("defineStrategy", () => {
  it("resolves array and record feature declarations and warm-up forms", () => {
    const a = defineStrategy({
      id: "arr",
      apiVersion: 1,
      params: Params,
      features: ["rsi_14", "atr:14"] as const,
      warmup: 20,
      decide: (ctx) => (ctx.features["atr:14"] > 0 ? Signal.hold() : Signal.hold()),
    });
    expect(a.resolveFeatures(a.defaultParams())).toEqual({ names: ["rsi_14", "atr:14"], keys: ["rsi_14", "atr:14"] });
    expect(a.resolveWarmup(a.defaultParams())).toEqual({ bars: 20, tradeDates: 0 });
    const r = defineStrategy({
      id: "rec",
      apiVersion: 1,
      params: Params,
      features: (p) => ({ atr: `atr:${p.len}` }),
      warmup: ({ params }) => ({ minutes: params.len + 1, tradeDates: 2 }),
      initialState: () => ({ n: 0 }),
      decide: (ctx) => {
        ctx.state.n++;
        return ctx.features.atr > 1 ? Signal.long({ stopTicks: 8 }) : Signal.hold();
      },
    });
    expect(r.resolveFeatures({ len: 5 })).toEqual({ names: ["atr"], keys: ["atr:5"] });
    expect(r.resolveWarmup({ len: 5 })).toEqual({ bars: 6, tradeDates: 2 });
    expect(r.createState()).toEqual({ n: 0 });
    expect(r.createState()).not.toBe(r.createState());
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("refuses malformed definitions with coded errors naming the field", () => {
    const base = {
      id: "x",
      apiVersion: 1 as const,
      params: Params,
      features: [] as const,
      warmup: 0,
      decide: () => Signal.hold(),
    };
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return `${(e as { code: string }).code} ${(e as Error).message}`;
      }
      return "no error";
    };
    expect(msg(() => defineStrategy({ ...base, id: "9bad" }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "9bad": id must be a letter followed by letters, digits, _ or - (≤ 64)."`,
    );
    expect(msg(() => defineStrategy({ ...base, apiVersion: 2 as 1 }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "x": apiVersion must be 1 (this SDK's strategy contract)."`,
    );
    expect(msg(() => defineStrategy({ ...base, features: ["a", "a"] as const }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "x": features[1] declares "a" twice."`,
    );
    expect(msg(() => defineStrategy({ ...base, features: ["at"] as const }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "x": features[0] uses the reserved name "at"."`,
    );
    expect(msg(() => defineStrategy({ ...base, warmup: -1 }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "x": warmup.bars must be a non-negative integer."`,
    );
    expect(msg(() => defineStrategy({ ...base, params: z.strictObject({ a: z.number() }) }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "x": params must parse {} (every field needs a default)."`,
    );
    expect(msg(() => defineStrategy({ ...base, paramsSession: "Lunch" as "RTH" }))).toMatchInlineSnapshot(
      `"SK_STRATEGY_INVALID strategy "x": paramsSession must be Overnight, RTH or PostRTH."`,
    );
  });

  it("infers parameter, feature and state types from the definition (DESIGN §5 example shape)", () => {
    const orb = defineStrategy({
      id: "orb",
      apiVersion: 1,
      params: z.strictObject({ rangeMinutes: z.number().int().default(30), stopTicks: z.number().int().default(16) }),
      features: ["sessionHigh", "sessionLow", "minutesSinceOpen"],
      warmup: ({ params }) => ({ minutes: params.rangeMinutes }),
      initialState: () => ({ fired: false }),
      decide({ bar, features, position, params, state }) {
        expectTypeOf(params.rangeMinutes).toEqualTypeOf<number>();
        expectTypeOf(features.sessionHigh).toEqualTypeOf<number>();
        expectTypeOf(state.fired).toEqualTypeOf<boolean>();
        // @ts-expect-error: undeclared features are not on the view
        void features.vwap;
        if (features.minutesSinceOpen < params.rangeMinutes || !position.isFlat) return Signal.hold();
        if (bar.close > features.sessionHigh) return Signal.long({ stopTicks: params.stopTicks, tag: "orb-up" });
        return Signal.hold();
      },
    });
    expect(orb.resolveWarmup(orb.defaultParams())).toEqual({ bars: 30, tradeDates: 0 });
    expect(orb.resolveFeatures(orb.defaultParams()).names).toEqual(["sessionHigh", "sessionLow", "minutesSinceOpen"]);
  });
});
