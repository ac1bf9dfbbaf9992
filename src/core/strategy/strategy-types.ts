import type { z } from "zod";
import type { SessionName } from "../market-time/sessions.js";
import type { ParamsObjectSchema } from "../params/search-space.js";
import type { DecideContext } from "./context.js";
import type { ScreenInput } from "./screen.js";
import type { Signal } from "./signal.js";

/**
 * Declared features: an array of feature keys (`["rsi_14", "atr:14"]`, read as `features["atr:14"]`)
 * or a record of alias → key (`{ atr: "atr:14" }`, read as `features.atr`).
 */
export type FeatureDecl = readonly string[] | Readonly<Record<string, string>>;

/** The names `ctx.features` exposes for a declaration. */
export type FeatureNames<D> = D extends readonly (infer E)[]
  ? E & string
  : D extends Readonly<Record<infer K, string>>
    ? K & string
    : never;

/** History a strategy needs before its first decision. Bars are 1 minute, so minutes = bars. */
export interface WarmupSpec {
  readonly bars?: number;
  readonly minutes?: number;
  /** Completed trade dates before the first decision (e.g. a 20-trade-date volume baseline). */
  readonly tradeDates?: number;
}

export type WarmupInput<P> = number | WarmupSpec | ((ctx: { readonly params: Readonly<P> }) => number | WarmupSpec);

export interface StrategyDefinition<PS extends ParamsObjectSchema, D extends FeatureDecl, S> {
  /** Strategy id as in parameter files and on the command line, e.g. "S2". */
  readonly id: string;
  readonly apiVersion: 1;
  readonly description?: string;
  /** zod object schema of the parameters (with `tunable()` fields and cross-field rules). */
  readonly params: PS;
  /** Declared features, or a function of the parameters (for keys such as `atr:${params.atrLen}`). */
  readonly features: D | ((params: Readonly<z.output<PS>>) => D);
  readonly warmup: WarmupInput<z.output<PS>>;
  /**
   * Which session's parameter set `ctx.params` holds. Default: the session of the decision bar
   * (defaults while closed). S6 and S11 pin "RTH".
   */
  readonly paramsSession?: SessionName;
  /**
   * Close every position at the last bar of each intraday session or trade date (at that bar's
   * close, with slippage), and cancel working entries there. Default "none". Engine options override.
   */
  readonly flatten?: "none" | "session" | "trade-date";
  /** Creates the strategy's own state; called once per instance and symbol at the start of each run. */
  readonly initialState?: () => S;
  /**
   * Optional columnar pre-pass for batch runs: marks the bars where decide may enter while flat, so
   * the engine skips decide on the others (see ScreenInput for the contract the guarded mode checks).
   */
  readonly screen?: (input: ScreenInput<z.output<PS>, FeatureNames<D>, S>) => void;
  decide(ctx: DecideContext<z.output<PS>, FeatureNames<D>, S>): Signal;
}

/** Feature names and the keys behind them, resolved for one parameter set. */
export interface ResolvedFeatures {
  readonly names: readonly string[];
  readonly keys: readonly string[];
}

export interface ResolvedWarmup {
  readonly bars: number;
  readonly tradeDates: number;
}

export interface Strategy<
  PS extends ParamsObjectSchema = ParamsObjectSchema,
  D extends FeatureDecl = FeatureDecl,
  S = unknown,
> extends StrategyDefinition<PS, D, S> {
  /** The feature names/keys for a parameter set (validated: unique names, none called `at`). */
  resolveFeatures(params: Readonly<z.output<PS>>): ResolvedFeatures;
  resolveWarmup(params: Readonly<z.output<PS>>): ResolvedWarmup;
  /** The schema defaults (frozen). */
  defaultParams(): Readonly<z.output<PS>>;
  createState(): S;
}
