import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { SessionkitError } from "../../errors/index.js";

/**
 * The decompressed bytes of a file as a stream of chunks. Gzip is detected by its magic bytes, not the
 * name, so `x.csv.gz` that is really plain text still reads, and a truncated or corrupt gzip becomes
 * SK_DATA_UNREADABLE naming the file instead of a zlib stack trace.
 */
export async function* readFileChunks(file: string): AsyncGenerator<Buffer> {
  let gz: boolean;
  try {
    const fh = await open(file, "r");
    try {
      const head = Buffer.alloc(2);
      const { bytesRead } = await fh.read(head, 0, 2, 0);
      gz = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    } finally {
      await fh.close();
    }
  } catch (cause) {
    throw unreadable(file, cause);
  }
  if (!gz && file.endsWith(".gz")) {
    throw new SessionkitError("SK_DATA_UNREADABLE", `${file}: named .gz but is not gzip data`, { file });
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const stream = gz ? raw.pipe(createGunzip()) : raw;
  if (gz) raw.on("error", (e) => stream.destroy(e));
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (cause) {
    throw unreadable(file, cause);
  } finally {
    raw.destroy();
  }
}

function unreadable(file: string, cause: unknown): SessionkitError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new SessionkitError("SK_DATA_UNREADABLE", `${file}: cannot be read (${why})`, { file, cause });
}

export type LineHandler = (buf: Buffer, start: number, end: number, line: number) => void;

/**
 * Calls `onLine` for every line of the chunk stream with byte bounds into a buffer, without splitting
 * the file into strings. Strips a UTF-8 BOM and the CR of CRLF; a partial line at a chunk boundary is
 * carried into the next chunk (only that line is copied). Returns the number of lines seen.
 */
export async function forEachLine(chunks: AsyncIterable<Buffer>, onLine: LineHandler): Promise<number> {
  let carry: Buffer | undefined;
  let line = 0;
  const emit = (buf: Buffer, start: number, end: number) => {
    line++;
    if (line === 1 && end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) {
      start += 3;
    }
    if (end > start && buf[end - 1] === 13) end--;
    onLine(buf, start, end, line);
  };
  for await (const chunk of chunks) {
    let pos = 0;
    let nl = chunk.indexOf(10, 0);
    if (carry !== undefined) {
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
      carry = undefined;
      emit(joined, 0, joined.length);
      pos = nl + 1;
      nl = chunk.indexOf(10, pos);
    }
    while (nl >= 0) {
      emit(chunk, pos, nl);
      pos = nl + 1;
      nl = chunk.indexOf(10, pos);
    }
    if (pos < chunk.length) carry = Buffer.from(chunk.subarray(pos));
  }
  if (carry !== undefined && carry.length > 0) emit(carry, 0, carry.length);
  return line;
}
