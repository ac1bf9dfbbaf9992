import { describe, expect, it } from "vitest";
import { z } from "zod";
import { definePlugin } from "../plugin/index.js";
import { createTestBot } from "../testing/index.js";
import { defineStrategy } from "./define-strategy.js";
import { StrategyRegistry, StrategyRegistryToken } from "./registry.js";
import { Signal } from "./signal.js";

const strat = (id: string) =>
  defineStrategy({
    id,
    apiVersion: 1,
    params: z.strictObject({}),
    features: [],
    warmup: 0,
    decide: () => Signal.hold(),
  });

describe("StrategyRegistry", () => {
  it("registers through the plugin context and is resolvable by token, case-insensitively", async () => {
    const p = definePlugin({
      name: "probe-strategies",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.strategies.register(strat("S9"), { symbols: ["ES", "MES"], sessions: ["RTH"] });
      },
    });
    const bot = await createTestBot({ plugins: [p()] });
    const reg = bot.resolve(StrategyRegistryToken);
    expect(reg.get("s9")).toMatchObject({ plugin: "probe-strategies", symbols: ["ES", "MES"], sessions: ["RTH"] });
    expect(reg.forSymbol("NQ")).toEqual([]);
    expect(() => reg.register(strat("S10"), { symbols: ["ES"] })).toThrow(/after the bot was sealed/);
    await bot.shutdown();
  });

  it("refuses duplicates, bad symbols and sessions, and names unknown ids", () => {
    const reg = new StrategyRegistry();
    reg.register(strat("S9"), { symbols: ["ES"] }, "a");
    expect(reg.get("S9").sessions).toEqual(["Overnight", "RTH", "PostRTH"]);
    expect(() => reg.register(strat("s9"), { symbols: ["ES"] }, "b")).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: strategy s9 is registered twice (by a and b).]`,
    );
    expect(() => reg.register(strat("X"), { symbols: ["ESZ5" as "ES"] })).toThrow(/symbols must be/);
    expect(() => reg.register(strat("Y"), { symbols: ["ES"], sessions: ["Lunch" as "RTH"] })).toThrow(
      /sessions must be/,
    );
    expect(() => reg.register({ id: "raw" } as never, { symbols: ["ES"] })).toThrow(/defineStrategy\(\) result/);
    expect(() => reg.get("S4")).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: unknown strategy "S4"; registered: S9.]`,
    );
    expect(reg.tryGet("nope")).toBeUndefined();
  });
});
