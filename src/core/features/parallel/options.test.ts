import { availableParallelism } from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { THREADS_ENV, threadBudget } from "./options.js";

describe("threadBudget", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("takes the option first, then SESSIONKIT_THREADS, then the machine", () => {
    vi.stubEnv(THREADS_ENV, "1");
    expect(threadBudget({ threads: 2 })).toBe(2);
    expect(threadBudget(undefined)).toBe(1);
    vi.stubEnv(THREADS_ENV, "");
    expect(threadBudget({})).toBe(availableParallelism());
  });

  it("an unreadable SESSIONKIT_THREADS means one thread (the opt-out never fails open)", () => {
    for (const v of ["0", "two", "1.5", "-2"]) {
      vi.stubEnv(THREADS_ENV, v);
      expect(threadBudget(undefined), v).toBe(1);
    }
    vi.stubEnv(THREADS_ENV, "4");
    expect(threadBudget(undefined)).toBe(4);
  });
});
