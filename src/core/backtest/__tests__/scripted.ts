import { z } from "zod";
import { defineStrategy } from "../../strategy/define-strategy.js";
import { Signal } from "../../strategy/signal.js";
import type { FeatureColumnSource } from "../prepare.js";

/** A test-only strategy that returns `script[index]` at each bar and hold elsewhere. */
export function scripted(
  script: Readonly<Record<number, Signal>>,
  extra: { id?: string; flatten?: "none" | "session" | "trade-date"; warmup?: number } = {},
) {
  return defineStrategy({
    id: extra.id ?? "scripted",
    apiVersion: 1,
    params: z.strictObject({}),
    features: [],
    warmup: extra.warmup ?? 0,
    ...(extra.flatten !== undefined && { flatten: extra.flatten }),
    decide: (ctx) => script[ctx.bar.index] ?? Signal.hold(),
  });
}

export const noFeatures: FeatureColumnSource = {
  column(key: string): Float64Array {
    throw new Error(`unexpected feature ${key}`);
  },
};
