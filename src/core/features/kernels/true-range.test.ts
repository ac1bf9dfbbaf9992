import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trueRange } from "./true-range.js";

const price = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 15_000, max: 17_000 }).map((k) => k * 0.25) },
  { weight: 3, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0) },
);

/** The plain formula with Math.max (a NaN H − L with infinite other terms gives the larger of those). */
function plain(h: number, l: number, pc: number): number {
  const a = h - l;
  const b = Math.abs(h - pc);
  const c = Math.abs(l - pc);
  return a > b ? Math.max(a, c) : Math.max(b, c);
}

describe("trueRange", () => {
  it("is exactly the plain Math.max formula, non-finite and signed zeros included (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(price, price, price), { minLength: 2, maxLength: 40 }), (rows) => {
        const high = Float64Array.from(rows, (r) => r[0]);
        const low = Float64Array.from(rows, (r) => r[1]);
        const close = Float64Array.from(rows, (r) => r[2]);
        for (let i = 0; i < rows.length; i++) {
          const want = i === 0 ? high[0]! - low[0]! : plain(high[i]!, low[i]!, close[i - 1]!);
          if (!Object.is(trueRange(high, low, close, i), want)) return false;
        }
        return true;
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("takes the widest of the three", () => {
    const high = Float64Array.of(10, 12, 11, 20);
    const low = Float64Array.of(9, 11, 8, 19);
    const close = Float64Array.of(9.5, 11.5, 10, 19.5);
    expect([0, 1, 2, 3].map((i) => trueRange(high, low, close, i))).toEqual([1, 2.5, 3.5, 10]);
  });
});
