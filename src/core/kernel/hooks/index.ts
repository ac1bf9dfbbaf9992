import type { HookKind, HookOf, HookSpec } from "../hook-spec.js";
import { dataHooks } from "./data.js";
import { featuresHooks } from "./features.js";
import { lifecycleHooks } from "./lifecycle.js";
import { marketHooks } from "./market.js";
import { paramsHooks } from "./params.js";
import { strategyHooks } from "./strategy.js";

export type { DataSourceRequest } from "./data.js";
export type { ExternalSourceRequest, FeatureRegistryContext } from "./features.js";
export type { InitContext, ReadyContext, RegisteredContext } from "./lifecycle.js";
export type { CalendarRequest } from "./market.js";
export type { SignalContext, SizingContext } from "./strategy.js";

/**
 * Every hook sessionkit offers, grouped by subsystem. This object is the single source of the hook
 * table in docs/reference/hooks.md (checked by a test). Subsystems add a group file here.
 */
export const HOOK_SPECS = {
  lifecycle: lifecycleHooks,
  market: marketHooks,
  data: dataHooks,
  params: paramsHooks,
  features: featuresHooks,
  strategy: strategyHooks,
} as const;

export type HookSpecs = typeof HOOK_SPECS;
export type HookGroupName = keyof HookSpecs;

/** The kernel's full hook registry (internal: can call hooks). */
export type Hooks = {
  readonly [G in keyof HookSpecs]: { readonly [H in keyof HookSpecs[G]]: HookOf<HookSpecs[G][H]> };
};

export interface TapOptions {
  /** A Stage value; lower runs first. Default Stage.Default (0). */
  readonly stage?: number;
}

type TapResult<Ctx, R, K extends HookKind> = K extends "syncBail" | "seriesBail"
  ? R | undefined
  : K extends "syncWaterfall" | "seriesWaterfall"
    ? Ctx
    : // biome-ignore lint/suspicious/noConfusingVoidType: taps of plain hooks return nothing, and may be async.
      void;

type SyncTap<Ctx, R, K extends HookKind> = {
  tap(fn: (ctx: Ctx) => TapResult<Ctx, R, K>, opts?: TapOptions): void;
};
type AsyncTap<Ctx, R, K extends HookKind> = SyncTap<Ctx, R, K> & {
  tapPromise(fn: (ctx: Ctx) => Promise<TapResult<Ctx, R, K>>, opts?: TapOptions): void;
};
type TapFor<Ctx, R, K extends HookKind> = K extends "sync" | "syncBail" | "syncWaterfall"
  ? SyncTap<Ctx, R, K>
  : AsyncTap<Ctx, R, K>;

/** What a plugin sees of one hook: tap only, never call. */
export type TapOnly<S> =
  S extends HookSpec<infer Ctx, infer R, infer K>
    ? S["keyed"] extends true
      ? { for(key: string): TapFor<Ctx, R, K> }
      : TapFor<Ctx, R, K>
    : never;

/** The tap-only hook registry handed to plugins. */
export type PluginHooks = {
  readonly [G in keyof HookSpecs]: { readonly [H in keyof HookSpecs[G]]: TapOnly<HookSpecs[G][H]> };
};
