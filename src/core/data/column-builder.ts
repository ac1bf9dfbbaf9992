import { BAR_COLUMNS, type BarColumns } from "./bars.js";

/**
 * From this many rows bar columns live in a SharedArrayBuffer, so a worker thread computing features
 * reads them without a copy (features/parallel). Readers see no difference; smaller sets keep
 * ordinary memory, which the allocator recycles.
 */
export const SHARED_COLUMN_MIN_ROWS = 65_536;

/** A zeroed Float64Array of n values: SAB-backed from SHARED_COLUMN_MIN_ROWS on. */
export function barColumn(n: number): Float64Array {
  return n < SHARED_COLUMN_MIN_ROWS ? new Float64Array(n) : new Float64Array(new SharedArrayBuffer(n * 8));
}

/**
 * Growable typed-array columns that parsers append rows to, so a large file never becomes an array of
 * row objects. Capacity doubles; `finish()` returns exact-length views (no copy) of the buffers.
 */
export class BarColumnBuilder {
  length = 0;
  time: Float64Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
  /** 1-based source line (or array position for JSON) of each row, for findings that name the line. */
  line: Uint32Array;

  constructor(capacity = 4096) {
    const c = Math.max(16, capacity);
    this.time = barColumn(c);
    this.open = barColumn(c);
    this.high = barColumn(c);
    this.low = barColumn(c);
    this.close = barColumn(c);
    this.volume = barColumn(c);
    this.line = new Uint32Array(c);
  }

  push(time: number, open: number, high: number, low: number, close: number, volume: number, line: number): void {
    if (this.length === this.time.length) this.grow();
    const i = this.length++;
    this.time[i] = time;
    this.open[i] = open;
    this.high[i] = high;
    this.low[i] = low;
    this.close[i] = close;
    this.volume[i] = volume;
    this.line[i] = line;
  }

  private grow(): void {
    const cap = this.time.length * 2;
    for (const c of BAR_COLUMNS) {
      const next = barColumn(cap);
      next.set(this[c]);
      this[c] = next;
    }
    const line = new Uint32Array(cap);
    line.set(this.line);
    this.line = line;
  }

  /** Exact-length views of the filled part. */
  finish(): BarColumns & { line: Uint32Array } {
    const n = this.length;
    return {
      time: this.time.subarray(0, n),
      open: this.open.subarray(0, n),
      high: this.high.subarray(0, n),
      low: this.low.subarray(0, n),
      close: this.close.subarray(0, n),
      volume: this.volume.subarray(0, n),
      line: this.line.subarray(0, n),
    };
  }
}
