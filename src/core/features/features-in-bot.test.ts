import { describe, expect, it } from "vitest";
import { synthBars } from "../data/synth/index.js";
import { labelBars } from "../market-time/index.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createTestBot } from "../testing/index.js";
import { defineFeature } from "./contract.js";
import { featureSource } from "./source.js";
import { FeatureExternalsToken, FeatureFrameCacheToken, FeatureRegistryToken } from "./tokens.js";

// A third-party feature (the bar's range) and a regime source, both added through hooks.
const range = defineFeature({
  key: "demo.range",
  family: "demo.range",
  fill: 0,
  warmup: 1,
  description: "high - low of the bar",
  createStream: (src) => ({ update: (i) => src.bars.high[i]! - src.bars.low[i]! }),
});

const demo = definePlugin({
  name: "demo-features",
  version: "1.0.0",
  sdk: "*",
  setup(ctx) {
    ctx.hooks.features.register.tap(({ registry }) => {
      registry.register(range, "demo-features");
    });
    ctx.hooks.features.regime.tap(({ symbol }) => (symbol === "ES" ? { regime: () => 1 } : undefined));
  },
});

describe("features in a bot", () => {
  it("plugins add features and external inputs through hooks; FeatureFrames are cached per bot", async () => {
    const bot = await createTestBot({ plugins: [demo()] });
    const registry = bot.resolve(FeatureRegistryToken);
    expect(registry.has("demo.range")).toBe(true);
    expect(registry.has("atr")).toBe(true);
    expect(registry.resolve("atr:14").key).toBe("atr:14");

    const bars = synthBars({ symbol: "ES", from: "2026-03-02", to: "2026-03-03", seed: 7 });
    const externals = bot.resolve(FeatureExternalsToken).externalsFor("ES", bars);
    const src = featureSource(bars, labelBars(bars.time), externals);
    const cache = bot.resolve(FeatureFrameCacheToken);
    const frame = cache.frame(src, ["demo.range", "s7_regime", "ob_imbalance"]);
    expect(frame.column("demo.range")[5]).toBeCloseTo(bars.high[5]! - bars.low[5]!, 12);
    expect(frame.column("s7_regime").every((v) => v === 1)).toBe(true);
    expect(frame.column("ob_imbalance").every((v) => v === 1)).toBe(true);
    expect(cache.frame(src, ["demo.range"]).column("demo.range")).toBe(frame.column("demo.range"));

    const nq = bot.resolve(FeatureExternalsToken).externalsFor("NQ", bars);
    expect(nq.regime).toBeUndefined();
    await bot.shutdown();
  });
});
