import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

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
