import { SessionkitError } from "../errors/index.js";
import {
  defineFeature,
  type FeatureDef,
  type FeatureParamSpec,
  type FeatureSource,
  type FeatureStream,
  type SharedKernel,
} from "./contract.js";
import { formatFeatureKey } from "./keys.js";

/** A parameterised feature family such as `atr` (period) or `kc.upper` (ema period, atr period, multiplier). */
export interface FeatureFamily {
  readonly name: string;
  readonly description: string;
  readonly params: readonly FeatureParamSpec[];
  /** Builds the feature for checked, complete arguments (in `params` order). */
  create(args: readonly number[]): FeatureDef;
}

export interface FamilyInit<P extends Record<string, number>> {
  readonly name: string;
  readonly description: string;
  readonly params: readonly FeatureParamSpec[];
  /** Fill value for every member; indicators use NaN ("not available yet"). */
  readonly fill?: number;
  readonly warmup: (p: P) => number;
  readonly createStream: (src: FeatureSource, p: P) => FeatureStream;
  /** The shared kernel a member reads, if any (see `SharedKernel`). */
  readonly shared?: (p: P) => SharedKernel;
}

/** Shorthand for an integer parameter. */
export function intParam(name: string, def: number, min = 1, max = 100_000): FeatureParamSpec {
  return { name, default: def, min, max, integer: true };
}

/** Shorthand for a real parameter. */
export function realParam(name: string, def: number, min: number, max: number): FeatureParamSpec {
  return { name, default: def, min, max, integer: false };
}

/** Defines a family; each member is a `defineFeature` whose key lists every parameter. */
export function defineFamily<P extends Record<string, number>>(init: FamilyInit<P>): FeatureFamily {
  const fill = init.fill ?? Number.NaN;
  return Object.freeze({
    name: init.name,
    description: init.description,
    params: init.params,
    create(args: readonly number[]): FeatureDef {
      const p: Record<string, number> = {};
      init.params.forEach((spec, k) => {
        p[spec.name] = args[k] ?? spec.default;
      });
      const typed = p as P;
      return defineFeature({
        key: formatFeatureKey(init.name, init.params.length === 0 ? [] : init.params.map((s) => p[s.name]!)),
        family: init.name,
        params: p,
        fill,
        warmup: init.warmup(typed),
        description: init.description,
        createStream: (src) => init.createStream(src, typed),
        ...(init.shared === undefined ? {} : { shared: init.shared(typed) }),
      });
    },
  });
}

/** A fixed feature (no parameters) seen as a family, so the registry holds one kind of entry. */
export function familyOf(def: FeatureDef): FeatureFamily {
  return Object.freeze({ name: def.family, description: def.description, params: [], create: () => def });
}

/** Fills defaults and checks count, range and integrality; errors name the key and the parameter. */
export function completeArgs(family: FeatureFamily, key: string, args: readonly number[]): number[] {
  if (args.length > family.params.length) {
    throw new SessionkitError(
      "SK_FEATURE_KEY_INVALID",
      `feature key ${JSON.stringify(key)}: ${family.name} takes ${family.params.length} parameter(s) (${family.params
        .map((p) => p.name)
        .join(", ")}), got ${args.length}.`,
      { value: key },
    );
  }
  return family.params.map((spec, k) => {
    const v = args[k] ?? spec.default;
    if (!Number.isFinite(v) || v < spec.min || v > spec.max || (spec.integer && !Number.isInteger(v))) {
      throw new SessionkitError(
        "SK_FEATURE_KEY_INVALID",
        `feature key ${JSON.stringify(key)}: parameter ${spec.name} = ${v} must be ${spec.integer ? "an integer " : ""}in [${spec.min}, ${spec.max}].`,
        { value: v, path: `${family.name}.${spec.name}` },
      );
    }
    return v;
  });
}
