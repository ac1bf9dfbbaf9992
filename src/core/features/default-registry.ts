import { MODEL_FEATURES } from "./builtin/index.js";
import { INDICATOR_FAMILIES } from "./indicators/index.js";
import { FeatureRegistry } from "./registry.js";

/** A registry holding the 13 model features and every built-in indicator family. */
export function createFeatureRegistry(): FeatureRegistry {
  const r = new FeatureRegistry();
  for (const f of MODEL_FEATURES) r.register(f);
  for (const f of INDICATOR_FAMILIES) r.register(f);
  return r;
}
