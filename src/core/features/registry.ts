import { SessionkitError } from "../errors/index.js";
import type { FeatureDef } from "./contract.js";
import { completeArgs, type FeatureFamily, familyOf } from "./family.js";
import { formatFeatureKey, parseFeatureKey } from "./keys.js";

/**
 * Every feature sessionkit can compute, by family name. Built-ins and strategy indicators are
 * registered at construction (see `createFeatureRegistry`); plugins add theirs through the
 * `features` hook. Resolving a key checks its parameters and returns one shared FeatureDef per
 * canonical key, so `atr` and `atr:14` are the same column.
 */
export class FeatureRegistry {
  private readonly families = new Map<string, FeatureFamily>();
  private readonly resolved = new Map<string, FeatureDef>();

  /** Adds a family or a fixed feature; a second entry with the same name is SK_FEATURE_DUPLICATE. */
  register(entry: FeatureFamily | FeatureDef, owner?: string): this {
    const family = "create" in entry ? entry : familyOf(entry);
    if (this.families.has(family.name)) {
      throw new SessionkitError("SK_FEATURE_DUPLICATE", `feature ${JSON.stringify(family.name)} is registered twice.`, {
        value: family.name,
        ...(owner === undefined ? {} : { plugin: owner }),
      });
    }
    this.families.set(family.name, family);
    return this;
  }

  has(name: string): boolean {
    return this.families.has(name);
  }

  family(name: string): FeatureFamily | undefined {
    return this.families.get(name);
  }

  /** All registered families, in registration order. */
  list(): readonly FeatureFamily[] {
    return [...this.families.values()];
  }

  /** The canonical key of `key` (every parameter spelled out), e.g. `atr` → `atr:14`. */
  canonicalKey(key: string): string {
    return this.resolve(key).key;
  }

  /** The feature a key names; unknown family → SK_FEATURE_UNKNOWN, bad parameters → SK_FEATURE_KEY_INVALID. */
  resolve(key: string): FeatureDef {
    const hit = this.resolved.get(key);
    if (hit !== undefined) return hit;
    const parsed = parseFeatureKey(key);
    const family = this.families.get(parsed.family);
    if (family === undefined) {
      throw new SessionkitError("SK_FEATURE_UNKNOWN", `feature ${JSON.stringify(key)} is not registered.`, {
        value: key,
        hint: `registered families: ${[...this.families.keys()].join(", ")}`,
      });
    }
    const args = completeArgs(family, key, parsed.args);
    const canonical = formatFeatureKey(family.name, args);
    let def = this.resolved.get(canonical);
    if (def === undefined) {
      def = family.create(args);
      this.resolved.set(canonical, def);
    }
    this.resolved.set(key, def);
    return def;
  }
}
