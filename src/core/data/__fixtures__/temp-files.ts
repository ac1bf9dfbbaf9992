import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SessionkitError } from "../../errors/index.js";

/** A temporary folder for a test, with helpers to write plain or gzipped files into it. */
export function tempDir(prefix = "sk-data-"): {
  dir: string;
  write: (name: string, text: string | Uint8Array) => string;
  writeGz: (name: string, text: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (name, text) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
    writeGz: (name, text) => {
      const p = join(dir, name);
      writeFileSync(p, gzipSync(Buffer.from(text)));
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Awaits `p` and returns the SessionkitError it rejects with; fails the test if it resolves. */
export async function rejection(p: Promise<unknown>): Promise<SessionkitError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SessionkitError) return e;
    throw e;
  }
  throw new Error("expected a SessionkitError");
}
