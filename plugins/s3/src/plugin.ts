import { definePlugin, type StrategyRegistrationOptions, z } from "sessionkit";
import { s3Strategy } from "./strategy.js";

const S3PluginOptions = z.strictObject({
  /** Roots S3 trades (default all four; micros follow the full-size schedule columns). */
  symbols: z
    .array(z.enum(["ES", "NQ", "MES", "MNQ"]))
    .min(1)
    .default(["ES", "NQ", "MES", "MNQ"]),
  /** Intraday sessions S3 may enter in (default all three; the strategy schedule still applies). */
  sessions: z
    .array(z.enum(["Overnight", "RTH", "PostRTH"]))
    .min(1)
    .optional(),
});
export type S3PluginOptions = z.input<typeof S3PluginOptions>;

/** The S3 plugin: registers the squeeze-breakout strategy for the configured symbols and sessions. */
export const s3 = definePlugin({
  name: "@sessionkit/plugin-s3",
  version: "0.1.0",
  sdk: "^0.1.0",
  description: "S3 Bollinger/Keltner squeeze breakout",
  provides: ["strategy:S3"],
  options: S3PluginOptions,
  setup(ctx, options) {
    const registration: StrategyRegistrationOptions =
      options.sessions === undefined
        ? { symbols: options.symbols }
        : { symbols: options.symbols, sessions: options.sessions };
    ctx.strategies.register(s3Strategy, registration);
    ctx.logger.debug({ symbols: options.symbols, sessions: options.sessions ?? "all" }, "S3 registered");
  },
});
