import { SessionkitError } from "../errors/index.js";
import { describeInstant } from "./instant.js";
import type { BarLabels } from "./labels.js";
import type { TransitionTable } from "./transition-table.js";

const MS_PER_MINUTE = 60_000;

/**
 * From this many bars the label columns live in a SharedArrayBuffer, so a worker thread computing
 * features reads them without a copy (features/parallel). Readers see no difference; below it (live
 * and small sets) ordinary memory, which the allocator recycles.
 */
export const SHARED_LABELS_MIN_BARS = 65_536;

type LabelColumn = Uint8Array | Int8Array | Int16Array | Int32Array;

function labelColumn<T extends LabelColumn>(
  Ctor: { new (n: number): T; new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number },
  n: number,
): T {
  return n < SHARED_LABELS_MIN_BARS ? new Ctor(n) : new Ctor(new SharedArrayBuffer(n * Ctor.BYTES_PER_ELEMENT));
}

/**
 * The labeller's position in the transition table and the values of its current interval. Moving it
 * is the rare path (once per interval, a few dozen times a day), so it lives apart from the per-bar
 * loop: V8 then optimises the loop once instead of deoptimising it whenever a rare branch is first hit.
 */
class Cursor {
  lo = Number.POSITIVE_INFINITY;
  hi = Number.NEGATIVE_INFINITY;
  index = -1;
  open = 0;
  tradeDate = 0;
  clearingDate = 0;
  session = -1;
  segment = -1;
  offset = 0;

  constructor(
    private readonly table: TransitionTable,
    private readonly validFrom: number,
    private readonly validUntil: number,
  ) {}

  /** Moves to the interval containing `t` (bar `j`, for error messages). */
  seek(t: number, j: number): void {
    if (!(t >= this.validFrom && t < this.validUntil)) throw badBar(j, t, this.validFrom, this.validUntil);
    const table = this.table;
    let cols = table.intervals;
    const i = this.index;
    if (i >= 0 && t >= this.hi && i + 2 < cols.length && t < cols.start[i + 2]!) {
      this.index = i + 1; // the common case: bars in time order enter the next interval
    } else {
      if (!table.covers(t)) table.ensure(t);
      cols = table.intervals; // ensure() may have grown (reallocated) the columns
      this.index = table.locate(t);
    }
    const k = this.index;
    this.lo = cols.start[k]!;
    this.hi = cols.start[k + 1]!;
    this.open = cols.open[k]!;
    const day = cols.day[k]!;
    this.tradeDate = this.open === 1 ? table.tradeDateInt[day]! : 0;
    this.clearingDate = this.open === 1 ? table.clearingDateInt[day]! : 0;
    this.session = cols.session[k]!;
    this.segment = cols.segment[k]!;
    this.offset = cols.offset[k]!;
  }
}

/**
 * Labels every timestamp in one pass over the transition table. Bars arrive mostly in time order, so
 * the cursor usually stays in its interval or steps to the next; any other jump falls back to a binary
 * search, so any order is still labelled correctly. Per bar: one range compare and six stores.
 */
export function labelWithTable(
  table: TransitionTable,
  time: Float64Array,
  validFrom: number,
  validUntil: number,
): BarLabels {
  const n = time.length;
  const labels: BarLabels = {
    length: n,
    open: labelColumn(Uint8Array, n),
    tradeDate: labelColumn(Int32Array, n),
    clearingDate: labelColumn(Int32Array, n),
    session: labelColumn(Int8Array, n),
    segment: labelColumn(Int8Array, n),
    etMinute: labelColumn(Int16Array, n),
  };
  fill(
    time,
    new Cursor(table, validFrom, validUntil),
    labels.open,
    labels.tradeDate,
    labels.clearingDate,
    labels.session,
    labels.segment,
    labels.etMinute,
  );
  return labels;
}

/** The hot loop, alone in its function with typed-array parameters so V8 keeps one optimised version. */
function fill(
  time: Float64Array,
  cursor: Cursor,
  open: Uint8Array,
  tradeDate: Int32Array,
  clearingDate: Int32Array,
  session: Int8Array,
  segment: Int8Array,
  etMinute: Int16Array,
): void {
  const n = time.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let vOpen = 0;
  let vTrade = 0;
  let vClearing = 0;
  let vSession = -1;
  let vSegment = -1;
  let vOffset = 0;
  for (let j = 0; j < n; j++) {
    const t = time[j]!;
    if (!(t >= lo && t < hi)) {
      cursor.seek(t, j);
      lo = cursor.lo;
      hi = cursor.hi;
      vOpen = cursor.open;
      vTrade = cursor.tradeDate;
      vClearing = cursor.clearingDate;
      vSession = cursor.session;
      vSegment = cursor.segment;
      vOffset = cursor.offset;
    }
    open[j] = vOpen;
    tradeDate[j] = vTrade;
    clearingDate[j] = vClearing;
    session[j] = vSession;
    segment[j] = vSegment;
    // Valid instants are positive and below 2^31 minutes, so `| 0` is floor and `%` is a true modulo.
    etMinute[j] = (((t / MS_PER_MINUTE) | 0) + vOffset) % 1440;
  }
}

function badBar(index: number, t: number, validFrom: number, validUntil: number): SessionkitError {
  if (Number.isNaN(t)) {
    return new SessionkitError("SK_TIME_INVALID_INSTANT", `time[${index}]: NaN is not an epoch-ms timestamp.`, {
      path: `time[${index}]`,
      value: t,
    });
  }
  return new SessionkitError(
    "SK_TIME_OUT_OF_RANGE",
    `time[${index}]: ${describeInstant(t)} is outside ${describeInstant(validFrom)} .. ${describeInstant(validUntil)}.`,
    { path: `time[${index}]`, value: t },
  );
}
