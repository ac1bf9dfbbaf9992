import type { FeatureSpec } from "./feature-spec.js";

export interface Scaler {
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

/**
 * Fits mean and population standard deviation per column (two passes, so no cancellation). Columns
 * are the projected model inputs; a constant column gets std 0 and passes through unscaled.
 */
export function fitScaler(columns: readonly Float64Array[]): Scaler {
  const mean: number[] = [];
  const std: number[] = [];
  for (const col of columns) {
    const n = col.length;
    let s = 0;
    for (let i = 0; i < n; i++) s += col[i]!;
    const m = n === 0 ? 0 : s / n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const d = col[i]! - m;
      v += d * d;
    }
    mean.push(m);
    std.push(n === 0 ? 1 : Math.sqrt(v / n));
  }
  return { mean, std };
}

/** (x − mean)/std per slot; std = 0 leaves the raw value unchanged (reference §1.5). In place. */
export function scaleInPlace(row: Float64Array, scaler: Scaler): Float64Array {
  for (let j = 0; j < row.length; j++) {
    const s = scaler.std[j]!;
    if (s !== 0) row[j] = (row[j]! - scaler.mean[j]!) / s;
  }
  return row;
}

/** A copy of the spec with the fitted scaler. */
export function withScaler(spec: FeatureSpec, scaler: Scaler): FeatureSpec {
  return { ...spec, scaler: { mean: [...scaler.mean], std: [...scaler.std] } };
}
