import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/** The environment variable that lets a golden test (re)write its fixture: `UPDATE_GOLDENS=1`. */
export const UPDATE_GOLDENS_ENV = "UPDATE_GOLDENS";

/**
 * Compares `text` with the golden fixture at `path`. Only with `UPDATE_GOLDENS=1` is the fixture
 * (re)written; otherwise a missing fixture fails (a golden test that writes what it then checks
 * checks nothing), and a different one fails with the line diff. Review and commit a rewritten fixture
 * like code.
 */
export function expectGolden(path: string, text: string): void {
  if (process.env[UPDATE_GOLDENS_ENV] === "1") {
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `golden fixture ${path} is missing; run this test with ${UPDATE_GOLDENS_ENV}=1 to write it, then review it`,
    );
  }
  expect(text, `golden ${path} (rewrite with ${UPDATE_GOLDENS_ENV}=1 after an intended change)`).toBe(
    readFileSync(path, "utf8"),
  );
}
