import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SessionkitError } from "../../errors/index.js";

/** The file operations an atomic write needs; tests replace them to inject failures. */
export interface WriteIo {
  open(path: string): number;
  write(fd: number, data: Uint8Array, offset: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

export const nodeWriteIo: WriteIo = {
  open: (p) => openSync(p, "wx"),
  write: (fd, data, offset) => writeSync(fd, data, offset, data.length - offset),
  fsync: (fd) => fsyncSync(fd),
  close: (fd) => closeSync(fd),
  rename: (a, b) => renameSync(a, b),
  remove: (p) => rmSync(p, { force: true }),
};

let counter = 0;

/**
 * Writes `chunks` to `path` so that readers see either the old file or the complete new one, never a
 * half-written file: write a temp file in the same folder, fsync, then rename over the target. On any
 * failure the temp file is removed and SK_DATA_STORE_WRITE is thrown; the previous file is untouched.
 */
export function writeFileAtomic(path: string, chunks: readonly Uint8Array[], io: WriteIo = nodeWriteIo): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = io.open(tmp);
    for (const chunk of chunks) {
      let off = 0;
      while (off < chunk.length) off += io.write(fd, chunk, off);
    }
    io.fsync(fd);
    io.close(fd);
    fd = undefined;
    io.rename(tmp, path);
  } catch (cause) {
    if (fd !== undefined) {
      try {
        io.close(fd);
      } catch {
        // the write already failed; the close error adds nothing
      }
    }
    io.remove(tmp);
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new SessionkitError("SK_DATA_STORE_WRITE", `${path}: write failed (${why})`, { file: path, cause });
  }
}
