import { StrategyRegistryToken } from "sessionkit";
import { createTestBot } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { s3 } from "./plugin.js";
import { s3Strategy } from "./strategy.js";

describe("s3 plugin", () => {
  it("registers S3 for all four roots and every session by default", async () => {
    const bot = await createTestBot({ plugins: [s3()] });
    try {
      const reg = bot.resolve(StrategyRegistryToken).get("s3");
      expect(reg.strategy).toBe(s3Strategy);
      expect(reg.symbols).toEqual(["ES", "NQ", "MES", "MNQ"]);
      expect(reg.sessions).toEqual(["Overnight", "RTH", "PostRTH"]);
      expect(reg.plugin).toBe("@sessionkit/plugin-s3");
    } finally {
      await bot.shutdown();
    }
  });

  it("takes symbols and sessions as options and rejects unknown ones", async () => {
    const bot = await createTestBot({ plugins: [s3({ symbols: ["NQ", "MNQ"], sessions: ["RTH"] })] });
    try {
      expect(bot.resolve(StrategyRegistryToken).get("S3")).toMatchObject({ symbols: ["NQ", "MNQ"], sessions: ["RTH"] });
    } finally {
      await bot.shutdown();
    }
    await expect(createTestBot({ plugins: [s3({ symbols: ["CL" as "ES"] })] })).rejects.toThrow(
      /plugin-s3\) has invalid options/,
    );
  });
});
