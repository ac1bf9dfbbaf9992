import { SessionkitError } from "../../errors/index.js";
import type { RowSink } from "../quality/row-sink.js";
import { forEachLine } from "./byte-source.js";
import { latin1, parseIsoTimestamp } from "./bytes.js";
import { handleDelimitedRow } from "./fields.js";

export const CSV_HEADER = "timestamp,open,high,low,close,volume";
const COMMA = 44;

/**
 * CSV with header `timestamp,open,high,low,close,volume`; timestamp = bar OPEN time, ISO-8601 with a
 * zone (Z or an offset, converted to UTC). Blank lines (e.g. the trailing newline) are ignored.
 */
export async function parseCsv(chunks: AsyncIterable<Buffer>, file: string, sink: RowSink): Promise<void> {
  let sawHeader = false;
  await forEachLine(chunks, (buf, start, end, line) => {
    if (end <= start) return;
    if (!sawHeader) {
      const header = latin1(buf, start, end).trim().toLowerCase().replaceAll(" ", "");
      if (header !== CSV_HEADER) {
        throw new SessionkitError(
          "SK_DATA_HEADER",
          `${file}:${line}: header is ${JSON.stringify(latin1(buf, start, Math.min(end, start + 80)))}, expected "${CSV_HEADER}"`,
          { file, line, value: latin1(buf, start, Math.min(end, start + 80)) },
        );
      }
      sawHeader = true;
      return;
    }
    handleDelimitedRow(sink, buf, start, end, line, COMMA, parseIsoTimestamp, 0);
  });
  if (!sawHeader) {
    throw new SessionkitError("SK_DATA_HEADER", `${file}: empty file, expected the header "${CSV_HEADER}"`, {
      file,
      line: 1,
      value: "",
    });
  }
}
