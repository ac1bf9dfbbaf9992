import type { z } from "zod";
import { SessionkitError } from "../errors/index.js";
import { isSessionName } from "../market-time/sessions.js";
import type { ParamsObjectSchema } from "../params/search-space.js";
import type {
  FeatureDecl,
  ResolvedFeatures,
  ResolvedWarmup,
  Strategy,
  StrategyDefinition,
  WarmupInput,
  WarmupSpec,
} from "./strategy-types.js";

/** The strategy contract version this SDK speaks. */
export const STRATEGY_API_VERSION = 1;

export type {
  FeatureDecl,
  FeatureNames,
  ResolvedFeatures,
  ResolvedWarmup,
  Strategy,
  StrategyDefinition,
  WarmupInput,
  WarmupSpec,
} from "./strategy-types.js";

// A type-erased strategy, as registries and engines hold them; decide's context is checked by the
// strategy's own definition, so `any` here only erases what the holder does not need to know.
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type AnyStrategy = Strategy<any, any, any>;

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function invalid(id: unknown, path: string, message: string, value?: unknown): SessionkitError {
  return new SessionkitError("SK_STRATEGY_INVALID", `strategy ${JSON.stringify(id)}: ${path} ${message}`, {
    path,
    value,
  });
}

function resolveFeatureDecl(id: string, decl: FeatureDecl): ResolvedFeatures {
  const isArray = Array.isArray(decl);
  const names = isArray ? [...(decl as readonly string[])] : Object.keys(decl);
  const keys = isArray ? names : names.map((n) => (decl as Record<string, string>)[n] as string);
  const seen = new Set<string>();
  for (let j = 0; j < names.length; j++) {
    const name = names[j] as string;
    const key = keys[j];
    if (name === "at" || name === "")
      throw invalid(id, `features[${j}]`, `uses the reserved name ${JSON.stringify(name)}.`, name);
    if (seen.has(name)) throw invalid(id, `features[${j}]`, `declares ${JSON.stringify(name)} twice.`, name);
    if (typeof key !== "string" || key === "")
      throw invalid(id, `features.${name}`, "must be a feature key string.", key);
    seen.add(name);
  }
  return Object.freeze({ names: Object.freeze(names), keys: Object.freeze(keys) });
}

function resolveWarmupInput<P>(id: string, w: WarmupInput<P>, params: Readonly<P>): ResolvedWarmup {
  const v = typeof w === "function" ? w({ params }) : w;
  const spec: WarmupSpec = typeof v === "number" ? { bars: v } : v;
  for (const field of ["bars", "minutes", "tradeDates"] as const) {
    const x = spec[field];
    if (x !== undefined && !(Number.isInteger(x) && x >= 0)) {
      throw invalid(id, `warmup.${field}`, "must be a non-negative integer.", x);
    }
  }
  const bars = Math.max(spec.bars ?? 0, spec.minutes ?? 0);
  const tradeDates = spec.tradeDates ?? 0;
  return Object.freeze({ bars, tradeDates });
}

/**
 * Declares a strategy (DESIGN rule 15). Checks the definition at once (id, apiVersion, schema,
 * decide, the default feature and warm-up declarations) and returns it with resolvers the engine
 * uses. The definition is frozen; `decide` must be causal and must not keep references to views.
 */
export function defineStrategy<PS extends ParamsObjectSchema, const D extends FeatureDecl, S = Record<string, never>>(
  def: StrategyDefinition<PS, D, S>,
): Strategy<PS, D, S> {
  const id = def?.id;
  if (typeof id !== "string" || !ID.test(id))
    throw invalid(id, "id", "must be a letter followed by letters, digits, _ or - (≤ 64).", id);
  if (def.apiVersion !== STRATEGY_API_VERSION) {
    throw invalid(id, "apiVersion", `must be ${STRATEGY_API_VERSION} (this SDK's strategy contract).`, def.apiVersion);
  }
  if (
    def.params === null ||
    typeof def.params !== "object" ||
    typeof def.params.safeParse !== "function" ||
    !("shape" in def.params)
  ) {
    throw invalid(id, "params", "must be a zod object schema (z.strictObject({...})).");
  }
  if (typeof def.decide !== "function") throw invalid(id, "decide", "must be a function (ctx) => Signal.");
  if (def.paramsSession !== undefined && !isSessionName(def.paramsSession)) {
    throw invalid(id, "paramsSession", "must be Overnight, RTH or PostRTH.", def.paramsSession);
  }
  if (def.flatten !== undefined && !["none", "session", "trade-date"].includes(def.flatten)) {
    throw invalid(id, "flatten", "must be none, session or trade-date.", def.flatten);
  }
  if (def.screen !== undefined && typeof def.screen !== "function") {
    throw invalid(id, "screen", "must be a function ({ sessions, out, ... }) => void.");
  }
  if (def.initialState !== undefined && typeof def.initialState !== "function") {
    throw invalid(id, "initialState", "must be a function returning a fresh state object.");
  }
  const parsed = def.params.safeParse({});
  if (!parsed.success) throw invalid(id, "params", "must parse {} (every field needs a default).");
  const defaults = Object.freeze(parsed.data) as Readonly<z.output<PS>>;
  const strategy: Strategy<PS, D, S> = Object.freeze({
    ...def,
    resolveFeatures(params: Readonly<z.output<PS>>): ResolvedFeatures {
      const decl = typeof def.features === "function" ? def.features(params) : def.features;
      if (decl === null || typeof decl !== "object")
        throw invalid(id, "features", "must be an array or a record of feature keys.", decl);
      return resolveFeatureDecl(id, decl);
    },
    resolveWarmup: (params: Readonly<z.output<PS>>) => resolveWarmupInput(id, def.warmup, params),
    defaultParams: () => defaults,
    createState: () => (def.initialState === undefined ? ({} as S) : def.initialState()),
  });
  // Fail at definition time, not in the first backtest: check the default declarations resolve.
  strategy.resolveFeatures(defaults);
  strategy.resolveWarmup(defaults);
  return strategy;
}
