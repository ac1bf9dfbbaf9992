import type { FeatureDef, FeatureSource, FeatureStream } from "./contract.js";

/** The batch columns of many features (each one its own kernel run over the column). */
export function computeColumns(src: FeatureSource, defs: readonly FeatureDef[], outs?: Float64Array[]): Float64Array[] {
  const n = src.bars.length;
  return defs.map((d, k) => d.batch(src, outs?.[k] ?? new Float64Array(n)));
}

/**
 * Live counterpart of `computeColumns`: `update(i)` advances every feature to bar i and appends its
 * value to a growing column, so a strategy reads live features by index exactly as it reads a
 * backtest's FeatureFrame. Columns double when full; read them through `column(k)` after updating.
 */
export class FeatureSetStream {
  readonly defs: readonly FeatureDef[];
  private readonly streams: FeatureStream[];
  private cols: Float64Array[];
  length = 0;

  constructor(src: FeatureSource, defs: readonly FeatureDef[], capacity = 4096) {
    this.defs = defs;
    this.streams = defs.map((d) => d.createStream(src));
    this.cols = defs.map(() => new Float64Array(Math.max(1, capacity)));
  }

  /** Advances to bar i (i = 0, 1, 2, …, once each). */
  update(i: number): void {
    if (i >= this.cols[0]!.length) this.grow(i + 1);
    const streams = this.streams;
    const cols = this.cols;
    for (let k = 0; k < streams.length; k++) {
      const s = streams[k]!;
      // fill() writes the unboxed double straight into the column.
      if (s.fill !== undefined) s.fill(cols[k]!, i, i + 1);
      else cols[k]![i] = s.update(i);
    }
    this.length = i + 1;
  }

  /** Feature k's values for bars 0 … length − 1 (the backing array may be longer). */
  column(k: number): Float64Array {
    return this.cols[k]!;
  }

  /** Feature k's value at bar i (i < length). */
  value(k: number, i: number): number {
    return this.cols[k]![i]!;
  }

  private grow(min: number): void {
    const cap = Math.max(min, this.cols[0]!.length * 2);
    this.cols = this.cols.map((c) => {
      const next = new Float64Array(cap);
      next.set(c);
      return next;
    });
  }
}

export function createFeatureSetStream(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  capacity?: number,
): FeatureSetStream {
  return new FeatureSetStream(src, defs, capacity);
}
