import type { FeatureDef, FeatureSource, FeatureStream } from "./contract.js";

/** The batch columns of many features (each one its own kernel run over the column). */
export function computeColumns(src: FeatureSource, defs: readonly FeatureDef[], outs?: Float64Array[]): Float64Array[] {
  const n = src.bars.length;
  return defs.map((d, k) => d.batch(src, outs?.[k] ?? new Float64Array(n)));
}

/** Live counterpart of `computeColumns`: one `update(i, out)` per bar writes every feature's value at bar i. */
export interface FeatureSetStream {
  readonly defs: readonly FeatureDef[];
  update(i: number, out: Float64Array): Float64Array;
}

export function createFeatureSetStream(src: FeatureSource, defs: readonly FeatureDef[]): FeatureSetStream {
  const streams: FeatureStream[] = defs.map((d) => d.createStream(src));
  return {
    defs,
    update(i, out) {
      for (let k = 0; k < streams.length; k++) out[k] = streams[k]!.update(i);
      return out;
    },
  };
}
