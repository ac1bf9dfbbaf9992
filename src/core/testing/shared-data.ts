import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Locates the real CME 1-minute bars that sit beside the repository (`../shared/data/cme-1m`).
 * Only tests and benchmarks use them; the product never depends on them.
 */
export function sharedDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = resolve(dir, "..", "shared", "data", "cme-1m");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("../shared/data/cme-1m not found beside the repository");
}
