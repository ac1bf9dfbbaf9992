import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { positivePart } from "./branch-free.js";

describe("positivePart", () => {
  it("is Math.max(x, 0) to the bit, zeros' signs and non-finite inputs included (property)", () => {
    const x = fc.oneof(
      { weight: 4, arbitrary: fc.double() },
      { weight: 2, arbitrary: fc.integer({ min: -8, max: 8 }).map((k) => k * 0.25) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(-0, 0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      },
    );
    fc.assert(
      fc.property(x, (v) => Object.is(positivePart(v), Math.max(v, 0))),
      { seed: 42, numRuns: 5000 },
    );
    expect([-2.5, -0, 0, 3].map(positivePart)).toEqual([0, 0, 0, 3]);
    expect(Object.is(positivePart(-1), 0)).toBe(true);
  });
});
