import { SessionkitError } from "../../errors/index.js";
import type { RowSink } from "../quality/row-sink.js";
import { forEachLine } from "./byte-source.js";
import { latin1, parseNinjaStamp } from "./bytes.js";
import { handleDelimitedRow, splitFields } from "./fields.js";

const SEMICOLON = 59;
const MINUTE = 60_000;

/**
 * NinjaTrader 8 minute export: `yyyyMMdd HHmmss;open;high;low;close;volume`, no header, stamps in UTC
 * at bar END (verified on the shared data: the daily break moves with US DST). sessionkit stamps bars
 * at their OPEN, so 60 s is subtracted: `20260312 060100` becomes 2026-03-12T06:00:00Z.
 */
export async function parseNinjaTrader(chunks: AsyncIterable<Buffer>, file: string, sink: RowSink): Promise<void> {
  let first = true;
  await forEachLine(chunks, (buf, start, end, line) => {
    if (end <= start) return;
    const n = splitFields(buf, start, end, SEMICOLON);
    if (first) {
      first = false;
      if (n !== 6) {
        throw new SessionkitError(
          "SK_DATA_HEADER",
          `${file}:${line}: not a NinjaTrader export (expected "yyyyMMdd HHmmss;o;h;l;c;v"), found ${JSON.stringify(latin1(buf, start, Math.min(end, start + 80)))}`,
          { file, line, value: latin1(buf, start, Math.min(end, start + 80)) },
        );
      }
    }
    handleDelimitedRow(sink, buf, start, end, line, SEMICOLON, parseNinjaStamp, -MINUTE);
  });
}
