import { MODEL_FEATURE_NAMES } from "../builtin/index.js";
import type { FeatureSpec } from "./feature-spec.js";
import { type Scaler, scaleInPlace } from "./scaler.js";

/**
 * Maps a spec's columns onto the 13 canonical values by name, so a 12-column model (no
 * `session_type`) reads pos and s7_regime at 10 and 11 (reference §1.7; the reference wrote slot 12
 * out of range, D-F1). The spec must already be validated (names known).
 */
export function projectionOf(spec: FeatureSpec): Int32Array {
  return Int32Array.from(spec.columns, (c) => MODEL_FEATURE_NAMES.indexOf(c.name));
}

/** Writes the projected, scaled model input for one bar into `out` (length = spec columns). */
export function projectRow(
  raw13: ArrayLike<number>,
  projection: Int32Array,
  scaler: Scaler,
  out: Float64Array,
): Float64Array {
  for (let j = 0; j < projection.length; j++) out[j] = raw13[projection[j]!]!;
  return scaleInPlace(out, scaler);
}

/** The projected (unscaled) model columns of a whole dataset: column j of the spec is raw column projection[j]. */
export function projectColumns(raw13: readonly Float64Array[], spec: FeatureSpec): Float64Array[] {
  return Array.from(projectionOf(spec), (k) => raw13[k]!);
}
