import { definePlugin, z } from "sessionkit";
import type { DepthImbalance, NewsGate } from "./externals.js";
import { createS11Strategy, s11Strategy } from "./strategy.js";

const hasMethod =
  <T>(name: string) =>
  (v: unknown): v is T =>
    typeof v === "object" && v !== null && typeof (v as Record<string, unknown>)[name] === "function";

export const S11PluginOptions = z.strictObject({
  /** Roots S11 trades (default all four; micros use the full-size values). */
  symbols: z
    .array(z.enum(["ES", "NQ", "MES", "MNQ"]))
    .min(1)
    .default(["ES", "NQ", "MES", "MNQ"]),
  /** Intraday sessions S11 may enter in (default all; its own 13:30–15:30 window confines it to RTH). */
  sessions: z
    .array(z.enum(["Overnight", "RTH", "PostRTH"]))
    .min(1)
    .optional(),
  /** Order-book imbalance source for the direction-aware depth check. */
  depth: z
    .custom<DepthImbalance>(hasMethod("imbalanceAt"), { message: "must be an object with imbalanceAt(root, time)" })
    .optional(),
  /** Without a depth reading: "pass" (default) lets the entry through, "block" refuses it. */
  whenNoDepth: z.enum(["pass", "block"]).default("pass"),
  /** News calendar used when the parameter enableNewsGate is true. */
  newsGate: z
    .custom<NewsGate>(hasMethod("isBlocked"), { message: "must be an object with isBlocked(time)" })
    .optional(),
});
export type S11PluginOptions = z.input<typeof S11PluginOptions>;

/** `s11(options)`: registers the S11 strategy for the given symbols. */
export const s11 = definePlugin({
  name: "@sessionkit/plugin-s11",
  version: "0.1.0",
  sdk: "^0.1.0",
  description: "S11 afternoon ADR / initial-balance exhaustion fade (13:30–15:30 ET)",
  provides: ["strategy:S11"],
  options: S11PluginOptions,
  setup(ctx, o) {
    const custom = o.depth !== undefined || o.newsGate !== undefined || o.whenNoDepth !== "pass";
    const strategy = custom
      ? createS11Strategy({
          whenNoDepth: o.whenNoDepth,
          ...(o.depth === undefined ? {} : { depth: o.depth }),
          ...(o.newsGate === undefined ? {} : { newsGate: o.newsGate }),
        })
      : s11Strategy;
    ctx.strategies.register(strategy, {
      symbols: o.symbols,
      ...(o.sessions === undefined ? {} : { sessions: o.sessions }),
    });
  },
});
