import { StrategyRegistryToken } from "sessionkit";
import { createTestBot } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { s11 } from "./plugin.js";
import { s11Strategy } from "./strategy.js";

describe("s11 plugin", () => {
  it("registers S11 for all four roots by default, reading the RTH parameter set", async () => {
    const bot = await createTestBot({ plugins: [s11()] });
    const reg = bot.resolve(StrategyRegistryToken).get("s11");
    expect(reg).toMatchObject({ plugin: "@sessionkit/plugin-s11", symbols: ["ES", "NQ", "MES", "MNQ"] });
    expect(reg.strategy).toBe(s11Strategy);
    expect(reg.strategy.paramsSession).toBe("RTH");
    await bot.shutdown();
  });

  it("builds its own strategy instance for a depth source, a news gate or whenNoDepth block", async () => {
    const depth = { imbalanceAt: () => Number.NaN };
    const bot = await createTestBot({
      plugins: [s11({ symbols: ["NQ"], sessions: ["RTH"], depth, whenNoDepth: "block" })],
    });
    const reg = bot.resolve(StrategyRegistryToken).get("S11");
    expect(reg).toMatchObject({ symbols: ["NQ"], sessions: ["RTH"] });
    expect(reg.strategy).not.toBe(s11Strategy);
    await bot.shutdown();
  });

  it("refuses bad options at configuration, naming the option", async () => {
    const failure = async (options: Parameters<typeof s11>[0]) => {
      const err = await createTestBot({ plugins: [s11(options)] }).then(
        () => undefined,
        (e: unknown) => e as { message: string; details?: unknown },
      );
      return `${err?.message} ${JSON.stringify(err?.details)}`;
    };
    expect(await failure({ depth: {} as never })).toMatch(/has invalid options.*depth.*imbalanceAt/);
    expect(await failure({ whenNoDepth: "maybe" as "pass" })).toMatch(/has invalid options.*whenNoDepth/);
    expect(await failure({ newsGate: { isBlocked: 1 } as never })).toMatch(/has invalid options.*newsGate/);
  });

  it("declares its features and warm-up from the parameters", () => {
    const p = s11Strategy.defaultParams();
    expect(s11Strategy.resolveFeatures(p).keys).toEqual([
      "atr:14",
      "adx:14",
      "rsi:14",
      "rvol:20,5",
      "ib.high:570,630",
      "ib.low:570,630",
      "ib.mid:570,630",
      "adr:20",
      "day.high",
      "day.low",
    ]);
    expect(s11Strategy.resolveFeatures({ ...p, ibEnd: "11:00" }).keys).toContain("ib.mid:570,660");
    expect(s11Strategy.resolveWarmup(p)).toEqual({ bars: 28, tradeDates: 0 });
  });
});
