import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineFeature } from "../features/contract.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import { defineStrategy } from "../strategy/define-strategy.js";
import { Signal } from "../strategy/signal.js";
import { defaultContractData, describeStrategyContract, detectLookahead } from "./index.js";

/** A test-only RSI fade: causal, trades often, uses stops, targets and a time stop. */
const rsiFade = defineStrategy({
  id: "rsi-fade-test",
  apiVersion: 1,
  params: z.strictObject({ low: z.number().default(25), high: z.number().default(75) }),
  features: { rsi: "rsi_14", atr: "atr:14" },
  warmup: 20,
  initialState: () => ({ decisions: 0 }),
  decide(ctx) {
    ctx.state.decisions++;
    const { rsi } = ctx.features;
    if (!ctx.position.isFlat || !ctx.labels.marketOpen) return Signal.hold();
    if (rsi < ctx.params.low) return Signal.long({ stopTicks: 8, targetTicks: 12, timeStopBars: 30, tag: "fade-low" });
    if (rsi > ctx.params.high)
      return Signal.short({ stopTicks: 8, targetTicks: 12, timeStopBars: 30, tag: "fade-high" });
    return Signal.hold();
  },
});

describeStrategyContract(rsiFade, { minTrades: 10, options: { schedule: false } });

describe("detectLookahead", () => {
  it("catches a strategy whose feature peeks at the next bar", () => {
    const registry = createFeatureRegistry();
    registry.register(
      defineFeature({
        key: "peek",
        family: "peek",
        fill: Number.NaN,
        warmup: 1,
        description: "test-only: the NEXT bar's close (non-causal on purpose)",
        createStream: (src) => ({ update: (i) => src.bars.close[i + 1] ?? Number.NaN }),
      }),
    );
    const cheat = defineStrategy({
      id: "cheat",
      apiVersion: 1,
      params: z.strictObject({}),
      features: ["peek"],
      warmup: 1,
      decide: (ctx) =>
        ctx.features.peek > ctx.bar.close ? Signal.long({ stopTicks: 4 }) : Signal.short({ stopTicks: 4 }),
    });
    const data = defaultContractData();
    const report = detectLookahead(cheat, { ...data, registry, checkpoints: [500, 3000] });
    expect(report.violations.length).toBe(2);
    expect(report.violations[0]).toMatchObject({ checkpoint: 500, index: 500 });
    const honest = detectLookahead(rsiFade, { ...data, registry, checkpoints: [500, 3000] });
    expect(honest.violations).toEqual([]);
    expect(honest.decisions).toBeGreaterThan(1000);
  });
});
