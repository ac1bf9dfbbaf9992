import type { RowSink } from "../quality/row-sink.js";
import { lastOffsetMinutes, latin1, parseDecimal, parseFailure } from "./bytes.js";

const bounds = new Int32Array(16);

/** Splits buf[start, end) at `sep` into the shared bounds array; returns the field count. */
export function splitFields(buf: Uint8Array, start: number, end: number, sep: number): number {
  let n = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    if (buf[i] === sep) {
      if (n < 7) {
        bounds[2 * n] = s;
        bounds[2 * n + 1] = i;
      }
      n++;
      s = i + 1;
    }
  }
  if (n < 7) {
    bounds[2 * n] = s;
    bounds[2 * n + 1] = end;
  }
  return n + 1;
}

export const fieldStart = (k: number) => bounds[2 * k]!;
export const fieldEnd = (k: number) => bounds[2 * k + 1]!;

const NAMES = ["timestamp", "open", "high", "low", "close", "volume"];

/**
 * Parses the five numeric fields (1..5) of a split row and hands the row to the sink, or reports it
 * unparseable naming the field and its text. `time` was parsed by the caller from field 0.
 */
export function deliverRow(
  sink: RowSink,
  time: number,
  offsetMinutes: number,
  buf: Uint8Array,
  start: number,
  end: number,
  line: number,
): void {
  const o = parseDecimal(buf, fieldStart(1), fieldEnd(1));
  const h = parseDecimal(buf, fieldStart(2), fieldEnd(2));
  const l = parseDecimal(buf, fieldStart(3), fieldEnd(3));
  const c = parseDecimal(buf, fieldStart(4), fieldEnd(4));
  const v = parseDecimal(buf, fieldStart(5), fieldEnd(5));
  if (Number.isNaN(o) || Number.isNaN(h) || Number.isNaN(l) || Number.isNaN(c) || Number.isNaN(v)) {
    const k = Number.isNaN(o) ? 1 : Number.isNaN(h) ? 2 : Number.isNaN(l) ? 3 : Number.isNaN(c) ? 4 : 5;
    const text = Buffer.from(buf.buffer, buf.byteOffset + fieldStart(k), fieldEnd(k) - fieldStart(k)).toString();
    sink.unparseable(line, buf, start, end, `${NAMES[k]} ${JSON.stringify(text)}: ${reparseWhy(buf, k)}`);
    return;
  }
  sink.accept(time, o, h, l, c, v, offsetMinutes, line, buf, start, end);
}

function reparseWhy(buf: Uint8Array, k: number): string {
  parseDecimal(buf, fieldStart(k), fieldEnd(k));
  return parseFailure;
}

/**
 * One delimited data row (`stamp<sep>o<sep>h<sep>l<sep>c<sep>v`): split, parse the stamp with
 * `parseStamp` (which sets lastOffsetMinutes when it reads a zone), shift it by `shiftMs`, deliver.
 */
export function handleDelimitedRow(
  sink: RowSink,
  buf: Uint8Array,
  start: number,
  end: number,
  line: number,
  sep: number,
  parseStamp: (buf: Uint8Array, start: number, end: number) => number,
  shiftMs: number,
): void {
  const n = splitFields(buf, start, end, sep);
  if (n !== 6) {
    const what = sep === 44 ? "comma" : "semicolon";
    sink.unparseable(line, buf, start, end, `expected 6 ${what}-separated fields, found ${n}`);
    return;
  }
  const stamp = parseStamp(buf, fieldStart(0), fieldEnd(0));
  if (Number.isNaN(stamp)) {
    const text = JSON.stringify(latin1(buf, fieldStart(0), fieldEnd(0)));
    sink.unparseable(line, buf, start, end, `timestamp ${text}: ${parseFailure}`);
    return;
  }
  deliverRow(sink, stamp + shiftMs, lastOffsetMinutes, buf, start, end, line);
}
