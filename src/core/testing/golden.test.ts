import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectGolden } from "./golden.js";

describe("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "sk-golden-"));
  afterEach(() => vi.unstubAllEnvs());

  it("fails on a missing fixture and does not write it", () => {
    vi.stubEnv("UPDATE_GOLDENS", "");
    const path = join(dir, "missing.json");
    expect(() => expectGolden(path, "[]\n")).toThrow(/missing; run this test with UPDATE_GOLDENS=1/);
    expect(existsSync(path)).toBe(false);
  });

  it("fails on a different fixture, passes on the same, and writes only with UPDATE_GOLDENS=1", () => {
    const path = join(dir, "pinned.json");
    writeFileSync(path, "[1]\n");
    vi.stubEnv("UPDATE_GOLDENS", "");
    expect(() => expectGolden(path, "[2]\n")).toThrow();
    expectGolden(path, "[1]\n");
    vi.stubEnv("UPDATE_GOLDENS", "1");
    expectGolden(path, "[2]\n");
    expect(readFileSync(path, "utf8")).toBe("[2]\n");
    rmSync(dir, { recursive: true, force: true });
  });
});
