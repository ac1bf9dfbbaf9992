import { MODEL_FEATURES } from "../builtin/index.js";
import type { FeatureDef } from "../contract.js";
import type { FeatureFamily } from "../family.js";
import { INDICATOR_FAMILIES } from "../indicators/index.js";
import type { FeatureRegistry } from "../registry.js";

/**
 * Built-in features that read the source's external inputs (order book, regime, position): the
 * worker has none of those, so they always run on the main thread.
 */
export const MAIN_THREAD_FAMILIES: ReadonlySet<string> = new Set(["ob_imbalance", "pos", "s7_regime"]);

/** The fixed model features the worker's default registry resolves to the very same objects. */
const WORKER_SAFE_DEFS: ReadonlySet<FeatureDef> = new Set(
  MODEL_FEATURES.filter((d) => !MAIN_THREAD_FAMILIES.has(d.family)),
);

/** The built-in indicator families (the objects every default registry registers), by name. */
const WORKER_SAFE_FAMILIES: ReadonlyMap<string, FeatureFamily> = new Map(
  INDICATOR_FAMILIES.filter((f) => !MAIN_THREAD_FAMILIES.has(f.name)).map((f) => [f.name, f]),
);

/** Names of every family the worker may compute (model features and indicator families). */
export function workerSafeFamilyNames(): string[] {
  return [...[...WORKER_SAFE_DEFS].map((d) => d.family), ...WORKER_SAFE_FAMILIES.keys()];
}

/**
 * True when the worker, rebuilding `def` from its key with the default registry, gets exactly the
 * same feature, and the feature reads no external input. Proven, never guessed from a name:
 * - a fixed model feature must be the built-in object itself;
 * - a family member must come from `registry` (it resolves `def.key` to this very def) and
 *   `registry` must hold the built-in family object under that name. Without a registry a family
 *   member cannot be traced to its family, so it stays on the main thread.
 */
export function isWorkerSafe(def: FeatureDef, registry?: FeatureRegistry): boolean {
  if (MAIN_THREAD_FAMILIES.has(def.family)) return false;
  if (WORKER_SAFE_DEFS.has(def)) return true;
  const builtin = WORKER_SAFE_FAMILIES.get(def.family);
  if (builtin === undefined || registry === undefined || registry.family(def.family) !== builtin) return false;
  return registry.resolve(def.key) === def;
}
