import { z } from "zod";
import { SessionkitError } from "../errors/index.js";

/** The search range of a tunable number: what an optimizer may try, a subset of the validity bounds. */
export interface TunableRange {
  readonly low: number;
  readonly high: number;
  /** Grid step (Optuna's `step`); omit for a continuous float or an int with step 1. */
  readonly step?: number;
  /** Sample on a log scale (Optuna's `log`); exclusive with `step`, needs low > 0. */
  readonly log?: boolean;
}

/**
 * Search ranges live in their own zod registry (a WeakMap keyed by schema instance) rather than in
 * `.meta()`, so they neither leak into JSON Schema output nor collide with other metadata. `.default()`
 * wraps the tagged schema, and `tunableRangeOf` unwraps wrappers to find it again.
 */
export const tunableRegistry = z.registry<TunableRange>();

type NumberSchema = z.ZodNumber;

/** Marks a number schema as tunable within `range`; the range must lie inside the schema's min/max. */
export function tunable<S extends NumberSchema>(schema: S, range: TunableRange): S {
  const problem = checkRange(schema, range);
  if (problem !== undefined) {
    throw new SessionkitError("SK_PARAMS_TUNABLE_INVALID", `tunable(${describeRange(range)}): ${problem}`, {
      value: range,
    });
  }
  tunableRegistry.add(schema, Object.freeze({ ...range }));
  return schema;
}

function describeRange(r: TunableRange): string {
  const parts = [`low ${r.low}`, `high ${r.high}`];
  if (r.step !== undefined) parts.push(`step ${r.step}`);
  if (r.log) parts.push("log");
  return parts.join(", ");
}

function checkRange(schema: NumberSchema, r: TunableRange): string | undefined {
  if (!Number.isFinite(r.low) || !Number.isFinite(r.high)) return "low and high must be finite numbers";
  if (r.low > r.high) return `low ${r.low} must be <= high ${r.high}`;
  const min = schema.minValue;
  const max = schema.maxValue;
  if (min !== null && r.low < min) return `low ${r.low} is below the schema minimum ${min}`;
  if (max !== null && r.high > max) return `high ${r.high} is above the schema maximum ${max}`;
  if (r.step !== undefined && !(r.step > 0 && Number.isFinite(r.step))) return `step ${r.step} must be > 0`;
  if (r.log && r.step !== undefined) return "log and step are exclusive (as in Optuna)";
  if (r.log && r.low <= 0) return `a log range needs low > 0, got ${r.low}`;
  if (schema.isInt) {
    if (!Number.isInteger(r.low) || !Number.isInteger(r.high)) return "an int schema needs integer low and high";
    if (r.step !== undefined && !Number.isInteger(r.step)) return "an int schema needs an integer step";
  }
  return undefined;
}

const WRAPPERS = new Set(["default", "optional", "nullable", "readonly", "prefault", "catch"]);

/** One wrapper level down (`.default()`, `.optional()`, ...), or undefined for a bare schema. */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  return def.innerType !== undefined && WRAPPERS.has(def.type) ? def.innerType : undefined;
}

/** The schema under `.default()`, `.optional()`, `.readonly()` and similar wrappers. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let cur = schema;
  for (let next = innerOf(cur); next !== undefined; next = innerOf(cur)) cur = next;
  return cur;
}

/** The tunable range attached to a (possibly wrapped) schema, or undefined. */
export function tunableRangeOf(schema: z.ZodType): TunableRange | undefined {
  for (let cur: z.ZodType | undefined = schema; cur !== undefined; cur = innerOf(cur)) {
    const found = tunableRegistry.get(cur);
    if (found !== undefined) return found;
  }
  return undefined;
}
