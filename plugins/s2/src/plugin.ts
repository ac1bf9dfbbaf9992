import { definePlugin, SDK_VERSION, z } from "sessionkit";
import { s2Strategy } from "./strategy.js";

const S2PluginOptions = z.strictObject({
  /** Roots S2 trades; MES uses every ES value of the reference and MNQ every NQ value. */
  symbols: z
    .array(z.enum(["ES", "NQ", "MES", "MNQ"]))
    .min(1)
    .default(["ES", "NQ", "MES", "MNQ"]),
  /** Intraday sessions S2 may enter in (positions are still managed everywhere). */
  sessions: z
    .array(z.enum(["Overnight", "RTH", "PostRTH"]))
    .min(1)
    .default(["Overnight", "RTH", "PostRTH"]),
});
export type S2PluginOptions = z.input<typeof S2PluginOptions>;

/** `s2(options)`: registers the S2 strategy (session-VWAP σ-band mean reversion) for the given roots. */
export const s2 = definePlugin({
  name: "s2",
  version: "0.1.0",
  sdk: `^${SDK_VERSION}`,
  description: "S2 session-VWAP σ-band mean reversion strategy",
  provides: ["strategy:S2"],
  options: S2PluginOptions,
  setup(ctx, options) {
    ctx.strategies.register(s2Strategy, { symbols: options.symbols, sessions: options.sessions });
  },
});
