/**
 * Typed arrays over SharedArrayBuffer: what a worker thread can read and write without a copy. A
 * SAB-backed Float64Array behaves like any other for every reader on the main thread; only
 * `postMessage` differs (it shares the memory instead of cloning it).
 */

export type NumericColumn =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array;

type ColumnConstructor = { new (buffer: SharedArrayBuffer, byteOffset?: number, length?: number): NumericColumn };

/** True when the column's memory is a SharedArrayBuffer (a worker sees it without a copy). */
export function isShared(col: ArrayBufferView): boolean {
  return col.buffer instanceof SharedArrayBuffer;
}

/** A zeroed Float64Array of n values over a fresh SharedArrayBuffer. */
export function sharedFloat64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT));
}

/** An empty column of the same type as `like`, `n` long, over a fresh SharedArrayBuffer. */
export function sharedLike<T extends NumericColumn>(like: T, n: number): T {
  const Ctor = like.constructor as unknown as ColumnConstructor;
  return new Ctor(new SharedArrayBuffer(n * like.BYTES_PER_ELEMENT)) as T;
}

interface CachedCopy {
  readonly copy: NumericColumn;
  /** Rows valid in the copy: the source's row count when it was copied. */
  readonly rows: number;
}

// One copy per column object. Bars and labels are immutable once built (the frame cache keys them by
// content hash once, too); a growing live buffer only appends, so a copy stays valid for the rows it
// had and is taken again when more rows are asked for.
const copies = new WeakMap<NumericColumn, CachedCopy>();

/**
 * `col` itself when it is SAB-backed, else a SAB-backed copy of it, taken once per column object
 * (and again when `rows` grows past the rows copied).
 */
export function sharedColumn<T extends NumericColumn>(col: T, rows: number): T {
  if (isShared(col)) return col;
  const hit = copies.get(col);
  if (hit !== undefined && hit.rows >= rows) return hit.copy as T;
  const copy = sharedLike(col, col.length);
  copy.set(col);
  copies.set(col, { copy, rows });
  return copy;
}

/** True for the typed arrays a feature source holds as columns (not DataView, not BigInt arrays). */
export function isNumericColumn(v: unknown): v is NumericColumn {
  return (
    v instanceof Float64Array ||
    v instanceof Float32Array ||
    v instanceof Int32Array ||
    v instanceof Uint32Array ||
    v instanceof Int16Array ||
    v instanceof Uint16Array ||
    v instanceof Int8Array ||
    v instanceof Uint8Array
  );
}
