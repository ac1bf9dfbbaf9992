import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { FeatureDef, FeatureSource } from "../features/contract.js";
import { computeColumns } from "../features/feature-set.js";
import type { FeatureRegistry } from "../features/registry.js";
import type { BarLabels } from "../market-time/labels.js";
import { paramsInvalidError } from "../params/load.js";
import { defaultParamSet, type ParamSet, type ParamValues, resolveParamSet } from "../params/param-set.js";
import type { ParamProblem } from "../params/problems.js";
import { StrategyCursor } from "../strategy/cursor.js";
import type { AnyStrategy } from "../strategy/define-strategy.js";
import { instrumentOf } from "../strategy/instruments.js";
import type { PositionState } from "../strategy/position-state.js";
import { runScreen, type ScreenSession } from "../strategy/screen.js";
import { firstDecisionBar } from "./date-starts.js";

/** Feature columns by key, each as long as the bars (a prebuilt frame, or computed on demand). */
export interface FeatureColumnSource {
  column(key: string): Float64Array;
  /**
   * Optional: computes the columns of `keys` not yet computed, all at once, before `column` asks for
   * them one by one (features that share a kernel state, such as the trade-date levels, then cost one
   * pass instead of one each). The engine calls it with every key a run declares.
   */
  prefetch?(keys: readonly string[]): void;
}

/**
 * Columns computed from a feature registry on first use and cached per canonical key, so `atr` and
 * `atr:14` share one column and a second run over the same source reuses them. `prefetch` computes a
 * run's missing keys together, grouped by shared kernel (`computeColumns`).
 */
export function registryColumns(registry: FeatureRegistry, source: FeatureSource): FeatureColumnSource {
  const cache = new Map<string, Float64Array>();
  return {
    prefetch(keys: readonly string[]): void {
      const missing = new Map<string, FeatureDef>();
      for (const key of keys) {
        const def = registry.resolve(key);
        if (!cache.has(def.key)) missing.set(def.key, def);
      }
      const defs = [...missing.values()];
      // The registry lets built-in kernels write into columns without a zero fill (outputColumn); one
      // thread, as a backtest's features are a small share of a run (the two-thread split is for batches).
      const cols = computeColumns(source, defs, undefined, { registry, threads: 1 });
      for (let k = 0; k < defs.length; k++) cache.set((defs[k] as FeatureDef).key, cols[k] as Float64Array);
    },
    column(key: string): Float64Array {
      const def = registry.resolve(key);
      let col = cache.get(def.key);
      if (col === undefined) {
        col = def.batch(source);
        cache.set(def.key, col);
      }
      return col;
    },
  };
}

const defaultSets = new WeakMap<AnyStrategy, ParamSet>();

/** A strategy's ParamSet: as given, built from plain values (validated), or the schema defaults (cached). */
export function strategyParamSet(strategy: AnyStrategy, params?: ParamSet | ParamValues): ParamSet {
  const entry = { strategy: strategy.id, schemaVersion: 1, schema: strategy.params };
  if (params === undefined) {
    let set = defaultSets.get(strategy);
    if (set === undefined) {
      set = defaultParamSet(entry);
      defaultSets.set(strategy, set);
    }
    return set;
  }
  if ("bySessionCode" in params && "parametersHash" in params) return params as ParamSet;
  const problems: ParamProblem[] = [];
  const set = resolveParamSet(entry, { defaults: params, origin: "inline" }, problems);
  if (set === undefined) throw paramsInvalidError(problems, `${strategy.id} parameters`);
  return set;
}

/** Everything the engine loop reads per bar, prepared once per run. */
export interface Prepared {
  readonly set: ParamSet;
  /** Cursor per label session code + 1 (index 0: closed bars, defaults); shared when the features agree. */
  readonly cursors: readonly StrategyCursor[];
  /** Params per session code + 1 (index 0: defaults). */
  readonly params: readonly Readonly<Record<string, unknown>>[];
  /** The first bar decide runs on (the end of the warm-up), or the bar count when none. */
  readonly start: number;
  /** The strategy's screen mark per bar (1: decide may enter), or undefined without a screen. */
  readonly screen: Uint8Array | undefined;
}

export function prepare(
  strategy: AnyStrategy,
  bars: Bars,
  labels: BarLabels,
  features: FeatureColumnSource,
  set: ParamSet,
  position: PositionState,
  guard: boolean,
  useScreen = true,
): Prepared {
  if (labels.length !== bars.length) {
    throw new SessionkitError("SK_BACKTEST_INPUT", `backtest: ${bars.length} bars but ${labels.length} label rows.`, {
      value: labels.length,
    });
  }
  const fixed = strategy.paramsSession === undefined ? undefined : set.sessions[strategy.paramsSession as "RTH"];
  const sets = [fixed ?? set.defaults, ...[0, 1, 2].map((c) => fixed ?? (set.bySessionCode[c] as ParamValues))];
  const state = strategy.createState();
  const byKeys = new Map<string, { cursor: StrategyCursor; columns: Float64Array[] }>();
  const screenSessions: ScreenSession<ParamValues, string>[] = [];
  let warmupBars = 0;
  let warmupTradeDates = 0;
  features.prefetch?.(sets.flatMap((p) => strategy.resolveFeatures(p).keys));
  const cursors = sets.map((p) => {
    const resolved = strategy.resolveFeatures(p);
    const w = strategy.resolveWarmup(p);
    warmupBars = Math.max(warmupBars, w.bars);
    warmupTradeDates = Math.max(warmupTradeDates, w.tradeDates);
    const sig = JSON.stringify(resolved);
    const hit = byKeys.get(sig);
    const columns = hit?.columns ?? resolvedColumns(resolved.keys, features, bars.length);
    const named: Record<string, Float64Array> = {};
    resolved.names.forEach((name, j) => {
      named[name] = columns[j] as Float64Array;
    });
    screenSessions.push(Object.freeze({ params: p, features: Object.freeze(named) }));
    if (hit !== undefined) return hit.cursor;
    const cursor = new StrategyCursor({
      strategyId: strategy.id,
      bars,
      labels,
      features: { names: resolved.names, columns },
      position,
      state,
      frozen: guard,
    });
    byKeys.set(sig, { cursor, columns });
    return cursor;
  });
  const start = firstDecisionBar(labels, warmupBars, warmupTradeDates);
  // Guarded runs check the screen against decide's own answers: the screen gets a state of its own,
  // so decide works from nothing the screen prepared and runs on every bar.
  const screen =
    strategy.screen === undefined || !useScreen
      ? undefined
      : runScreen(strategy.screen, {
          strategyId: strategy.id,
          bars,
          labels,
          instrument: instrumentOf(bars.symbol),
          sessions: screenSessions,
          state: guard ? strategy.createState() : state,
          start,
        });
  return { set, cursors, params: sets, start, screen };
}

/** The feature columns of `keys`, each checked to cover every bar. */
function resolvedColumns(keys: readonly string[], features: FeatureColumnSource, n: number): Float64Array[] {
  return keys.map((k) => {
    const col = features.column(k);
    if (col.length < n) {
      throw new SessionkitError("SK_BACKTEST_INPUT", `backtest: feature ${k} has ${col.length} rows, bars ${n}.`, {
        value: k,
      });
    }
    return col;
  });
}
