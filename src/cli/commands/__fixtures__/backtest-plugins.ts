// Test-only strategy plugin for the backtest CLI tests. Imported from source so no build is needed.
import { z } from "zod";
import { definePlugin } from "../../../core/plugin/index.js";
import { defineStrategy } from "../../../core/strategy/define-strategy.js";
import { Signal } from "../../../core/strategy/signal.js";

/** Buys at 10:00 ET when flat; 16-tick stop, 24-tick target (parameters), flat at the session end. */
export const tenAm = defineStrategy({
  id: "ten-am",
  apiVersion: 1,
  params: z.strictObject({
    minute: z.number().int().min(0).max(1439).default(600),
    stopTicks: z.number().int().min(1).default(16),
    targetTicks: z.number().int().min(1).default(24),
  }),
  features: { atr: "atr:14" },
  warmup: 15,
  flatten: "session",
  decide(ctx) {
    if (ctx.labels.etMinute !== ctx.params.minute || !ctx.position.isFlat) return Signal.hold();
    return Signal.long({ stopTicks: ctx.params.stopTicks, targetTicks: ctx.params.targetTicks, tag: "ten-am" });
  },
});

export const tenAmPlugin = definePlugin({
  name: "test-ten-am",
  version: "1.0.0",
  sdk: "*",
  options: z.strictObject({
    veto: z.boolean().default(false),
    qty: z.number().int().min(0).optional(),
    symbols: z.array(z.enum(["ES", "NQ", "MES", "MNQ"])).default(["ES", "NQ", "MES", "MNQ"]),
  }),
  setup(ctx, options) {
    ctx.strategies.register(tenAm, { symbols: options.symbols, sessions: ["RTH"] });
    if (options.veto) ctx.hooks.strategy.signal.for("ten-am").tap((c) => ({ ...c, signal: Signal.hold() }));
    const qty = options.qty;
    if (qty !== undefined) ctx.hooks.strategy.sizing.tap((c) => ({ ...c, qty }));
  },
});
