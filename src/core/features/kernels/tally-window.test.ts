import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SortedWindow } from "./sorted-window.js";
import { TallyWindow } from "./tally-window.js";

// Tick-grid values with many ties, a few wide ones (many distinct values) and non-finite inputs.
const values = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 12 }).map((k) => k * 0.25) },
    { weight: 2, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
  ),
  { minLength: 1, maxLength: 400 },
);

describe("TallyWindow", () => {
  it("answers the same sizes, counts and full-window quantiles as SortedWindow (property)", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 30 }), (xs, n) => {
        const sorted = new SortedWindow(n);
        const tally = new TallyWindow(n);
        return xs.every((x) => {
          const want = sorted.pushCount(x);
          if (tally.pushCount(x) !== want || tally.size !== sorted.size) return false;
          if (tally.size !== n) return true;
          for (let q = 0; q <= 1; q += 1 / 16) {
            const at = q * (n - 1);
            const lo = Math.floor(at);
            if (!Object.is(tally.quantileAt(lo, at - lo), sorted.quantileAt(lo, at - lo))) return false;
          }
          return true;
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("push and pushCount leave the same contents", () => {
    const a = new TallyWindow(5);
    const b = new TallyWindow(5);
    for (const x of [1, 2, 2, 3, Number.NaN, 0.5, 2, 2, 4, 1, 1, 1]) {
      a.push(x);
      b.pushCount(x);
    }
    // Window: 0.5, 2, 2, 4, 1, 1, 1 → last five = 2, 4, 1, 1, 1 → sorted 1, 1, 1, 2, 4.
    expect([0, 1, 2, 3, 4].map((k) => a.quantileAt(k, 0))).toEqual([1, 1, 1, 2, 4]);
    expect([0, 1, 2, 3, 4].map((k) => b.quantileAt(k, 0))).toEqual([1, 1, 1, 2, 4]);
    expect(a.quantileAt(2, 0.5)).toBe(1.5);
    expect(a.pushCount(2)).toBe(4);
  });
});
