import { SessionkitError } from "../../errors/index.js";
import type { RowSink } from "../quality/row-sink.js";
import { lastOffsetMinutes, latin1, parseDecimal, parseFailure, parseIsoTimestamp } from "./bytes.js";

const QUOTE = 34;
const BARS_KEY = Buffer.from('"bars"');
const KEYS = "tohlcv";

/**
 * Streaming reader of a ProjectX `retrieveBars` response saved to a file: `{ ..., "bars": [{t,o,h,l,c,v},
 * ...] }` (newest first; the importer reverses it). Bar objects are flat, so each is located by its
 * closing brace and parsed in place from bytes; only a bar cut by a chunk boundary is carried over.
 * A row's "line" is the line its object starts on.
 */
export async function parseProjectXJson(chunks: AsyncIterable<Buffer>, file: string, sink: RowSink): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 1;
  let state: "start" | "seek" | "colon" | "array" | "done" = "start";
  const headerError = (why: string) =>
    new SessionkitError("SK_DATA_HEADER", `${file}: not a ProjectX bars file (${why})`, { file, line, value: why });
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let pos = 0;
    const countLines = (to: number) => {
      for (let i = pos; i < to; i++) if (pending[i] === 10) line++;
      pos = to;
    };
    while (pos < pending.length && state !== "done") {
      if (state === "start") {
        const p = skipWs(pending, pos);
        if (p >= pending.length) break;
        if (pending[p] === 0xef) {
          pos = p + 3;
          continue;
        }
        if (pending[p] !== 123) throw headerError(`starts with ${JSON.stringify(String.fromCharCode(pending[p]!))}`);
        countLines(p + 1);
        state = "seek";
      } else if (state === "seek") {
        const k = pending.indexOf(BARS_KEY, pos);
        if (k < 0) {
          countLines(Math.max(pos, pending.length - BARS_KEY.length));
          break;
        }
        countLines(k + BARS_KEY.length);
        state = "colon";
      } else if (state === "colon") {
        const p = skipWs(pending, pos);
        if (p >= pending.length) break;
        const b = pending[p];
        if (b === 58) {
          countLines(p + 1);
          continue;
        }
        if (b === 110) {
          state = "done"; // "bars": null — a failed response; no rows
          break;
        }
        if (b !== 91) throw headerError('"bars" is not an array');
        countLines(p + 1);
        state = "array";
      } else {
        const p = skipWsComma(pending, pos);
        if (p >= pending.length) {
          countLines(p);
          break;
        }
        countLines(p);
        if (pending[p] === 93) {
          state = "done";
          break;
        }
        if (pending[p] !== 123) throw headerError(`expected a bar object at line ${line}`);
        const close = objectEnd(pending, p);
        if (close < 0) break;
        parseBar(pending, p, close + 1, line, sink);
        countLines(close + 1);
      }
    }
    pending = pos >= pending.length ? Buffer.alloc(0) : Buffer.from(pending.subarray(pos));
  }
  const end: string = state;
  if (end === "start" || end === "seek") throw headerError('no "bars" array');
  if (end !== "done") {
    throw new SessionkitError("SK_DATA_UNREADABLE", `${file}: JSON ends inside the bars array (truncated)`, {
      file,
      line,
    });
  }
}

function skipWs(b: Buffer, p: number): number {
  while (p < b.length && (b[p] === 32 || b[p] === 10 || b[p] === 13 || b[p] === 9)) p++;
  return p;
}

function skipWsComma(b: Buffer, p: number): number {
  while (p < b.length && (b[p] === 32 || b[p] === 10 || b[p] === 13 || b[p] === 9 || b[p] === 44)) p++;
  return p;
}

/** Index of the `}` closing the flat object starting at `p`, honouring strings; -1 if not in the buffer. */
function objectEnd(b: Buffer, p: number): number {
  let inStr = false;
  for (let i = p + 1; i < b.length; i++) {
    const c = b[i];
    if (inStr) {
      if (c === 92) i++;
      else if (c === QUOTE) inStr = false;
    } else if (c === QUOTE) inStr = true;
    else if (c === 125) return i;
  }
  return -1;
}

const vals = new Float64Array(6);

function parseBar(b: Buffer, start: number, end: number, line: number, sink: RowSink): void {
  vals.fill(Number.NaN);
  let offset = 0;
  let seen = 0;
  let p = start + 1;
  while (p < end - 1) {
    p = skipWsComma(b, p);
    if (p >= end - 1) break;
    if (b[p] !== QUOTE) {
      sink.unparseable(line, b, start, end, "malformed bar object");
      return;
    }
    const keyEnd = b.indexOf(QUOTE, p + 1);
    const slot = keyEnd === p + 2 ? KEYS.indexOf(String.fromCharCode(b[p + 1]!)) : -1;
    p = skipWs(b, keyEnd + 1);
    if (b[p] !== 58) {
      sink.unparseable(line, b, start, end, "malformed bar object");
      return;
    }
    p = skipWs(b, p + 1);
    let vs = p;
    let ve: number;
    if (b[p] === QUOTE) {
      vs = p + 1;
      ve = b.indexOf(QUOTE, vs);
      p = ve + 1;
    } else {
      while (p < end - 1 && b[p] !== 44 && b[p] !== 125) p++;
      ve = p;
      while (ve > vs && (b[ve - 1] === 10 || b[ve - 1] === 13 || b[ve - 1] === 9 || b[ve - 1] === 32)) ve--;
    }
    if (slot < 0) continue;
    seen |= 1 << slot;
    if (slot === 0) {
      vals[0] = parseIsoTimestamp(b, vs, ve);
      offset = lastOffsetMinutes;
    } else vals[slot] = parseDecimal(b, vs, ve);
    if (Number.isNaN(vals[slot])) {
      sink.unparseable(line, b, start, end, `${KEYS[slot]} ${JSON.stringify(latin1(b, vs, ve))}: ${parseFailure}`);
      return;
    }
  }
  if (seen !== 0b111111) {
    const missing = [...KEYS].filter((_, i) => (seen & (1 << i)) === 0).join(", ");
    sink.unparseable(line, b, start, end, `missing field(s) ${missing}`);
    return;
  }
  sink.accept(vals[0]!, vals[1]!, vals[2]!, vals[3]!, vals[4]!, vals[5]!, offset, line, b, start, end);
}
