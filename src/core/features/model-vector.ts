import { MODEL_FEATURES } from "./builtin/index.js";
import type { FeatureSource, FeatureStream } from "./contract.js";
import type { FeatureSpec } from "./spec/feature-spec.js";
import { projectionOf, projectRow } from "./spec/projection.js";

/** The 13 raw model columns of a dataset in canonical order (batch path). */
export function computeModelColumns(src: FeatureSource): Float64Array[] {
  return MODEL_FEATURES.map((f) => f.batch(src));
}

/** Live model input: one causal update per bar, returning the projected and scaled row (a reused buffer). */
export interface ModelVectorStream {
  /** The raw 13 canonical values at bar i (reused buffer). */
  readonly raw: Float64Array;
  update(i: number): Float64Array;
}

export function createModelVectorStream(src: FeatureSource, spec: FeatureSpec): ModelVectorStream {
  const streams: FeatureStream[] = MODEL_FEATURES.map((f) => f.createStream(src));
  const raw = new Float64Array(streams.length);
  const projection = projectionOf(spec);
  const out = new Float64Array(projection.length);
  return {
    raw,
    update(i) {
      for (let k = 0; k < streams.length; k++) raw[k] = streams[k]!.update(i);
      return projectRow(raw, projection, spec.scaler, out);
    },
  };
}
