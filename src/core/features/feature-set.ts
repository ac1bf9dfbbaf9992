import { BATCH_CHUNK, type FeatureDef, type FeatureSource, type FeatureStream, type GroupStream } from "./contract.js";
import { outputColumn } from "./output-columns.js";
import type { ColumnsOptions } from "./parallel/options.js";
import { computeColumnsParallel } from "./parallel/parallel-columns.js";

/**
 * Indices of `defs` by the shared kernel they read, for kernels read by two or more of them (see
 * `SharedKernel`); features in no such group are computed on their own.
 */
function sharedGroups(defs: readonly FeatureDef[]): number[][] {
  const byId = new Map<string, number[]>();
  defs.forEach((d, k) => {
    if (d.shared === undefined) return;
    const members = byId.get(d.shared.id);
    if (members === undefined) byId.set(d.shared.id, [k]);
    else members.push(k);
  });
  return [...byId.values()].filter((g) => g.length > 1);
}

/** A shared kernel's group stream and the indices of the features it writes. */
interface Group {
  readonly stream: GroupStream;
  readonly members: readonly number[];
}

function createGroups(src: FeatureSource, defs: readonly FeatureDef[]): Group[] {
  return sharedGroups(defs).map((members) => ({
    stream: defs[members[0]!]!.shared!.createGroupStream(
      src,
      members.map((k) => defs[k]!),
    ),
    members,
  }));
}

/**
 * The batch columns of many features: each its own kernel run over the column, except features
 * that share a kernel state, which are computed together in one pass of it. A large batch is split
 * across two threads when it pays (see `parallel/`, `ColumnsOptions`); the values are the same.
 */
export function computeColumns(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  outs?: Float64Array[],
  options?: ColumnsOptions,
): Float64Array[] {
  const parallel = computeColumnsParallel(src, defs, outs, options, computeColumnsSerial);
  if (parallel !== undefined) return parallel;
  const n = src.bars.length;
  const cols = defs.map((d, k) => outs?.[k] ?? outputColumn(d, n, options?.registry));
  return computeColumnsSerial(src, defs, cols);
}

/**
 * `computeColumns` on the calling thread only (the worker thread runs it on its share, too).
 * `onProgress` is called after each kernel pass, as a sign of life.
 */
export function computeColumnsSerial(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  outs?: Float64Array[],
  onProgress?: () => void,
): Float64Array[] {
  const n = src.bars.length;
  const cols = defs.map((_, k) => outs?.[k] ?? new Float64Array(n));
  const grouped = new Set<number>();
  for (const g of createGroups(src, defs)) {
    const outs = g.members.map((k) => cols[k]!);
    // In chunks, as runStream does, so the kernel gets fully optimized code (see BATCH_CHUNK).
    for (let from = 0; from < n; from += BATCH_CHUNK) g.stream.fill(outs, from, Math.min(n, from + BATCH_CHUNK));
    for (const k of g.members) grouped.add(k);
    onProgress?.();
  }
  defs.forEach((d, k) => {
    if (grouped.has(k)) return;
    d.batch(src, cols[k]);
    onProgress?.();
  });
  return cols;
}

/**
 * Live counterpart of `computeColumns`: `update(i)` advances every feature to bar i and appends its
 * value to a growing column, so a strategy reads live features by index exactly as it reads a
 * backtest's FeatureFrame. Columns double when full; read them through `column(k)` after updating.
 */
export class FeatureSetStream {
  readonly defs: readonly FeatureDef[];
  /** Streams of the features outside any shared group, and their column indices. */
  private readonly streams: FeatureStream[] = [];
  private readonly streamCols: number[] = [];
  private readonly fills: (FeatureStream["fill"] | undefined)[] = [];
  private readonly groups: Group[];
  /** Per group, its members' current column arrays (refreshed when the columns grow). */
  private groupOuts: Float64Array[][];
  private cols: Float64Array[];
  length = 0;

  constructor(src: FeatureSource, defs: readonly FeatureDef[], capacity = 4096) {
    this.defs = defs;
    this.groups = createGroups(src, defs);
    const grouped = new Set(this.groups.flatMap((g) => g.members));
    defs.forEach((d, k) => {
      if (grouped.has(k)) return;
      const stream = d.createStream(src);
      this.streams.push(stream);
      this.fills.push(stream.fill);
      this.streamCols.push(k);
    });
    this.cols = defs.map(() => new Float64Array(Math.max(1, capacity)));
    this.groupOuts = this.groupColumns();
  }

  /** Advances to bar i (i = 0, 1, 2, …, once each). */
  update(i: number): void {
    if (i >= this.cols[0]!.length) this.grow(i + 1);
    const streams = this.streams;
    const streamCols = this.streamCols;
    const cols = this.cols;
    const fills = this.fills;
    for (let k = 0; k < streams.length; k++) {
      const col = cols[streamCols[k]!]!;
      // fill() writes the unboxed double straight into the column; it was looked up once, at
      // construction, since a property lookup at a call site seeing dozens of classes is slow.
      const fill = fills[k];
      if (fill !== undefined) fill.call(streams[k], col, i, i + 1);
      else col[i] = streams[k]!.update(i);
    }
    const groups = this.groups;
    for (let g = 0; g < groups.length; g++) groups[g]!.stream.fill(this.groupOuts[g]!, i, i + 1);
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

  private groupColumns(): Float64Array[][] {
    return this.groups.map((g) => g.members.map((k) => this.cols[k]!));
  }

  private grow(min: number): void {
    const cap = Math.max(min, this.cols[0]!.length * 2);
    this.cols = this.cols.map((c) => {
      const next = new Float64Array(cap);
      next.set(c);
      return next;
    });
    this.groupOuts = this.groupColumns();
  }
}

export function createFeatureSetStream(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  capacity?: number,
): FeatureSetStream {
  return new FeatureSetStream(src, defs, capacity);
}
