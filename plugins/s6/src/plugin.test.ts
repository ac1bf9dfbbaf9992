import { StrategyRegistryToken } from "sessionkit";
import { createTestBot } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { NO_PEER } from "./peer.js";
import { s6 } from "./plugin.js";
import { s6Strategy } from "./strategy.js";

describe("s6 plugin", () => {
  it("registers S6 for all four roots by default", async () => {
    const bot = await createTestBot({ plugins: [s6()] });
    const reg = bot.resolve(StrategyRegistryToken).get("s6");
    expect(reg).toMatchObject({ plugin: "@sessionkit/plugin-s6", symbols: ["ES", "NQ", "MES", "MNQ"] });
    expect(reg.strategy).toBe(s6Strategy);
    expect(reg.strategy.paramsSession).toBe("RTH");
    await bot.shutdown();
  });

  it("takes symbols, sessions and a peer source", async () => {
    const bot = await createTestBot({ plugins: [s6({ symbols: ["MES"], sessions: ["RTH"], peer: NO_PEER })] });
    const reg = bot.resolve(StrategyRegistryToken).get("S6");
    expect(reg).toMatchObject({ symbols: ["MES"], sessions: ["RTH"] });
    expect(reg.strategy).not.toBe(s6Strategy);
    await bot.shutdown();
  });

  it("refuses a bad symbol or peer at configuration, naming the option", async () => {
    const failure = async (options: Parameters<typeof s6>[0]) => {
      const err = await createTestBot({ plugins: [s6(options)] }).then(
        () => undefined,
        (e: unknown) => e as { message: string; details?: unknown },
      );
      return `${err?.message} ${JSON.stringify(err?.details)}`;
    };
    expect(await failure({ symbols: ["ESZ5" as "ES"] })).toMatch(/has invalid options.*symbols/);
    expect(await failure({ peer: {} as never })).toMatch(/has invalid options.*peer.*returnAt/);
  });

  it("declares its features and warm-up from the parameters", () => {
    const p = s6Strategy.defaultParams();
    expect(s6Strategy.resolveFeatures(p).keys).toEqual([
      "atr:14",
      "adx:14",
      "ema:40",
      "ema:105",
      "rvol:20,5",
      "on.window.high:1080,568",
      "on.window.low:1080,568",
      "adr:14",
    ]);
    expect(s6Strategy.resolveFeatures({ ...p, onWindowStart: "20:00", rvolLookbackDays: 3 }).keys).toContain(
      "on.window.low:1200,568",
    );
    expect(s6Strategy.resolveWarmup(p)).toEqual({ bars: 105, tradeDates: 0 });
  });
});
