import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainTrueRange } from "../__tests__/true-range.js";
import { writeTrueRanges } from "./true-range.js";

const price = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 15_000, max: 17_000 }).map((k) => k * 0.25) },
  { weight: 3, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0) },
);

describe("writeTrueRanges", () => {
  it("is exactly the plain Math.max formula over any range, non-finite and signed zeros included (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(price, price, price), { minLength: 2, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (rows, x, y) => {
          const high = Float64Array.from(rows, (r) => r[0]);
          const low = Float64Array.from(rows, (r) => r[1]);
          const close = Float64Array.from(rows, (r) => r[2]);
          const from = Math.min(x, y) % (rows.length + 1);
          const to = from + (Math.max(x, y) % (rows.length + 1 - from));
          const out = new Float64Array(rows.length).fill(-7);
          writeTrueRanges(high, low, close, out, from, to);
          for (let i = 0; i < rows.length; i++) {
            const want = i >= from && i < to ? plainTrueRange(high, low, close, i) : -7;
            if (!Object.is(out[i], want)) return false;
          }
          return true;
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("takes the widest of the three", () => {
    const high = Float64Array.of(10, 12, 11, 20);
    const low = Float64Array.of(9, 11, 8, 19);
    const close = Float64Array.of(9.5, 11.5, 10, 19.5);
    const out = new Float64Array(4);
    writeTrueRanges(high, low, close, out, 0, 4);
    expect([...out]).toEqual([1, 2.5, 3.5, 10]);
  });
});
