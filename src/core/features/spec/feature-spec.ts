import { readFileSync } from "node:fs";
import { z } from "zod";
import { writeFileAtomic } from "../../data/store/atomic-write.js";
import { fromZodError, SessionkitError } from "../../errors/index.js";
import { MODEL_FEATURES } from "../builtin/index.js";

/**
 * `feature_spec.json`, the contract with existing ONNX models (SPEC §3, reference §1.6):
 * `{ version, columns: [{name, index, fillValue}], scaler: {mean[], std[]}, inference: {logitToAction} }`.
 */
export interface FeatureSpecColumn {
  readonly name: string;
  readonly index: number;
  readonly fillValue: number;
}

export interface FeatureSpec {
  readonly version: string;
  readonly columns: readonly FeatureSpecColumn[];
  readonly scaler: { readonly mean: readonly number[]; readonly std: readonly number[] };
  readonly inference: { readonly logitToAction: Readonly<Record<string, number>> };
}

export const FEATURE_SPEC_VERSION = "features:v1";
const LOGIT_TO_ACTION = Object.freeze({ "0": -1, "1": 0, "2": 1 });

const finite = z.number().refine(Number.isFinite, "expected a finite number");
const FeatureSpecSchema = z.strictObject({
  version: z.string().min(1),
  columns: z.array(z.strictObject({ name: z.string().min(1), index: z.number().int(), fillValue: finite })).min(1),
  scaler: z.strictObject({ mean: z.array(finite), std: z.array(finite) }),
  inference: z.strictObject({ logitToAction: z.record(z.string(), finite) }),
});

const CANONICAL_FILL = new Map(MODEL_FEATURES.map((f) => [f.key, f.fill]));

function specFor(names: readonly string[]): FeatureSpec {
  return {
    version: FEATURE_SPEC_VERSION,
    columns: names.map((name, index) => ({ name, index, fillValue: CANONICAL_FILL.get(name)! })),
    scaler: { mean: names.map(() => 0), std: names.map(() => 1) },
    inference: { logitToAction: { ...LOGIT_TO_ACTION } },
  };
}

/** The 13-column spec with an identity scaler. */
export function defaultFeatureSpec(): FeatureSpec {
  return specFor(MODEL_FEATURES.map((f) => f.key));
}

/** The older 12-column layout (no `session_type`; `pos` at 10, `s7_regime` at 11), identity scaler. */
export function legacyFeatureSpec12(): FeatureSpec {
  return specFor(MODEL_FEATURES.map((f) => f.key).filter((n) => n !== "session_type"));
}

function invalid(file: string, path: string, value: unknown, message: string): SessionkitError {
  return new SessionkitError("SK_FEATURE_SPEC_INVALID", `${file}: ${path} ${message}`, { file, path, value });
}

/**
 * Validates a parsed feature spec: shape and numeric types (zod), scaler lengths equal to the column
 * count, `columns[i].index == i`, every name one of the 13 model features (else
 * SK_FEATURE_SPEC_COLUMN_UNKNOWN), no name twice, the canonical fill value, and std ≥ 0.
 */
export function parseFeatureSpec(input: unknown, file = "feature_spec.json"): FeatureSpec {
  const r = FeatureSpecSchema.safeParse(input);
  if (!r.success)
    throw fromZodError("SK_FEATURE_SPEC_INVALID", `${file} is not a valid feature spec.`, r.error, input, { file });
  const spec = r.data;
  const n = spec.columns.length;
  if (spec.scaler.mean.length !== n) {
    throw invalid(
      file,
      "scaler.mean",
      spec.scaler.mean.length,
      `has ${spec.scaler.mean.length} values for ${n} columns.`,
    );
  }
  if (spec.scaler.std.length !== n) {
    throw invalid(file, "scaler.std", spec.scaler.std.length, `has ${spec.scaler.std.length} values for ${n} columns.`);
  }
  const seen = new Set<string>();
  spec.columns.forEach((c, i) => {
    if (c.index !== i)
      throw invalid(
        file,
        `columns[${i}].index`,
        c.index,
        `is ${c.index}; columns must be in index order (expected ${i}).`,
      );
    const fill = CANONICAL_FILL.get(c.name);
    if (fill === undefined) {
      throw new SessionkitError(
        "SK_FEATURE_SPEC_COLUMN_UNKNOWN",
        `${file}: columns[${i}].name ${JSON.stringify(c.name)} is not one of the 13 model features.`,
        { file, path: `columns[${i}].name`, value: c.name },
      );
    }
    if (seen.has(c.name))
      throw invalid(file, `columns[${i}].name`, c.name, `repeats column ${JSON.stringify(c.name)}.`);
    seen.add(c.name);
    if (c.fillValue !== fill) {
      throw invalid(
        file,
        `columns[${i}].fillValue`,
        c.fillValue,
        `is ${c.fillValue}; the fill of ${c.name} is fixed at ${fill}.`,
      );
    }
  });
  spec.scaler.std.forEach((s, i) => {
    if (s < 0) throw invalid(file, `scaler.std[${i}]`, s, `is ${s}; a standard deviation cannot be negative.`);
  });
  return spec;
}

/** Reads and validates a feature_spec.json file. */
export function loadFeatureSpec(file: string): FeatureSpec {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new SessionkitError("SK_FEATURE_SPEC_INVALID", `${file}: cannot be read.`, { file, cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SessionkitError("SK_FEATURE_SPEC_INVALID", `${file}: is not JSON (${(cause as Error).message}).`, {
      file,
      cause,
    });
  }
  return parseFeatureSpec(json, file);
}

/** The spec as written to disk: two-space JSON with a final newline. */
export function formatFeatureSpec(spec: FeatureSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** Validates, then writes the spec atomically (readers never see half a file). */
export function saveFeatureSpec(file: string, spec: FeatureSpec): void {
  const valid = parseFeatureSpec(spec, file);
  writeFileAtomic(file, [new TextEncoder().encode(formatFeatureSpec(valid))]);
}
