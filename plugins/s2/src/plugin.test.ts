import { isSessionkitError, StrategyRegistryToken } from "sessionkit";
import { createTestBot } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { s2 } from "./plugin.js";
import { s2Strategy } from "./strategy.js";

describe("s2() plugin", () => {
  it("registers S2 for all four roots and sessions by default", async () => {
    const bot = await createTestBot({ plugins: [s2()] });
    const reg = bot.resolve(StrategyRegistryToken);
    expect(reg.get("s2")).toMatchObject({
      strategy: s2Strategy,
      plugin: "s2",
      symbols: ["ES", "NQ", "MES", "MNQ"],
      sessions: ["Overnight", "RTH", "PostRTH"],
    });
    await bot.shutdown();
  });

  it("takes symbols and sessions", async () => {
    const bot = await createTestBot({ plugins: [s2({ symbols: ["MES"], sessions: ["RTH"] })] });
    expect(bot.resolve(StrategyRegistryToken).get("S2")).toMatchObject({ symbols: ["MES"], sessions: ["RTH"] });
    await bot.shutdown();
  });

  it("rejects an unknown root when the bot is configured", async () => {
    const err = await createTestBot({ plugins: [s2({ symbols: ["YM" as "ES"] })] }).catch((e: unknown) => e);
    expect(isSessionkitError(err)).toBe(true);
    expect(String((err as Error).message)).toMatchInlineSnapshot(
      `"default config: plugins[0] (s2) has invalid options."`,
    );
  });
});
