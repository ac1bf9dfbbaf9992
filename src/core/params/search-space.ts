import type { z } from "zod";
import { SessionkitError } from "../errors/index.js";
import { tunableRangeOf, unwrapSchema } from "./tunable.js";

/**
 * One dimension of a search space, with its distribution explicit (Optuna's IntDistribution /
 * FloatDistribution): `step` null means continuous (float) or unit-step (int); `log` samples on a log scale.
 */
export interface SearchDimension {
  readonly name: string;
  readonly type: "int" | "float";
  readonly low: number;
  readonly high: number;
  readonly step: number | null;
  readonly log: boolean;
  /** The schema default, the natural first trial (Optuna `enqueue_trial`). */
  readonly default: number;
}

export interface SearchSpace {
  readonly version: 1;
  readonly dimensions: readonly SearchDimension[];
}

/** A params schema as this module sees it: a zod object (possibly refined) whose fields carry defaults. */
export type ParamsObjectSchema = z.ZodObject<z.ZodRawShape>;

/** Derives the search space from `tunable()` fields, in schema field order. Non-tunable fields are left out. */
export function deriveSearchSpace(schema: ParamsObjectSchema): SearchSpace {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const dimensions: SearchDimension[] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    const range = tunableRangeOf(field as z.ZodType);
    if (range === undefined) continue;
    const inner = unwrapSchema(field as z.ZodType) as z.ZodNumber;
    const def = defaults[name];
    if (typeof def !== "number") {
      throw new SessionkitError("SK_PARAMS_TUNABLE_INVALID", `tunable field ${name} has no numeric default`, {
        path: name,
        value: def,
      });
    }
    dimensions.push(
      Object.freeze({
        name,
        type: inner.isInt ? "int" : "float",
        low: range.low,
        high: range.high,
        step: range.step ?? null,
        log: range.log === true,
        default: def,
      }),
    );
  }
  return Object.freeze({ version: 1, dimensions: Object.freeze(dimensions) });
}

export function searchSpaceToJSON(space: SearchSpace): string {
  return JSON.stringify(space);
}

/** Parses and checks a search space written by `searchSpaceToJSON` (every problem named by path). */
export function searchSpaceFromJSON(text: string): SearchSpace {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SessionkitError("SK_PARAMS_INVALID", `search space: invalid JSON (${(e as Error).message})`, {
      cause: e,
    });
  }
  const problems: string[] = [];
  const root = raw as { version?: unknown; dimensions?: unknown };
  if (typeof raw !== "object" || raw === null || root.version !== 1 || !Array.isArray(root.dimensions)) {
    throw new SessionkitError("SK_PARAMS_INVALID", "search space: expected {version: 1, dimensions: [...]}", {
      value: raw,
    });
  }
  const dims: SearchDimension[] = [];
  root.dimensions.forEach((d: unknown, i: number) => {
    const dim = readDimension(d, `dimensions[${i}]`, problems);
    if (dim !== undefined) dims.push(Object.freeze(dim));
  });
  if (problems.length > 0) {
    throw new SessionkitError("SK_PARAMS_INVALID", "search space is invalid", { details: problems });
  }
  return Object.freeze({ version: 1, dimensions: Object.freeze(dims) });
}

function readDimension(d: unknown, path: string, problems: string[]): SearchDimension | undefined {
  if (typeof d !== "object" || d === null) {
    problems.push(`${path}: expected an object`);
    return undefined;
  }
  const o = d as Record<string, unknown>;
  const before = problems.length;
  const num = (k: string) => typeof o[k] === "number" && Number.isFinite(o[k]);
  if (typeof o.name !== "string" || o.name === "") problems.push(`${path}.name: expected a non-empty string`);
  if (o.type !== "int" && o.type !== "float") problems.push(`${path}.type: expected "int" or "float"`);
  for (const k of ["low", "high", "default"]) if (!num(k)) problems.push(`${path}.${k}: expected a finite number`);
  if (o.step !== null && !(num("step") && (o.step as number) > 0)) problems.push(`${path}.step: expected null or > 0`);
  if (typeof o.log !== "boolean") problems.push(`${path}.log: expected a boolean`);
  if (problems.length > before) return undefined;
  if ((o.low as number) > (o.high as number)) problems.push(`${path}: low ${o.low} > high ${o.high}`);
  if (o.log === true && (o.step !== null || (o.low as number) <= 0)) {
    problems.push(`${path}: a log dimension needs low > 0 and step null`);
  }
  const known = new Set(["name", "type", "low", "high", "step", "log", "default"]);
  for (const k of Object.keys(o)) if (!known.has(k)) problems.push(`${path}.${k}: unknown key`);
  if (problems.length > before) return undefined;
  return {
    name: o.name as string,
    type: o.type as "int" | "float",
    low: o.low as number,
    high: o.high as number,
    step: o.step as number | null,
    log: o.log as boolean,
    default: o.default as number,
  };
}
