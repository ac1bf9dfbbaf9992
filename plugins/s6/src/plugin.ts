import { definePlugin, z } from "sessionkit";
import type { PeerReturns } from "./peer.js";
import { createS6Strategy, s6Strategy } from "./strategy.js";

const isPeer = (v: unknown): v is PeerReturns =>
  typeof v === "object" && v !== null && typeof (v as PeerReturns).returnAt === "function";

export const S6PluginOptions = z.strictObject({
  /** Roots S6 trades (default all four; micros use the full-size values). */
  symbols: z
    .array(z.enum(["ES", "NQ", "MES", "MNQ"]))
    .min(1)
    .default(["ES", "NQ", "MES", "MNQ"]),
  /**
   * Intraday sessions S6 may enter in. Default all: its own 09:28–10:00 window already confines it,
   * and 09:28–09:29 belong to the Overnight session.
   */
  sessions: z
    .array(z.enum(["Overnight", "RTH", "PostRTH"]))
    .min(1)
    .optional(),
  /** The peer instrument's returns (ES ↔ NQ) for the divergence leg; without it the leg is skipped. */
  peer: z.custom<PeerReturns>(isPeer, { message: "must be an object with returnAt(root, time)" }).optional(),
});
export type S6PluginOptions = z.input<typeof S6PluginOptions>;

/** `s6(options)`: registers the S6 strategy for the given symbols. */
export const s6 = definePlugin({
  name: "@sessionkit/plugin-s6",
  version: "0.1.0",
  sdk: "^0.1.0",
  description: "S6 opening drive vs failed-breakout reversal (09:28–10:00 ET)",
  provides: ["strategy:S6"],
  options: S6PluginOptions,
  setup(ctx, options) {
    const strategy = options.peer === undefined ? s6Strategy : createS6Strategy({ peer: options.peer });
    ctx.strategies.register(strategy, {
      symbols: options.symbols,
      ...(options.sessions === undefined ? {} : { sessions: options.sessions }),
    });
  },
});
