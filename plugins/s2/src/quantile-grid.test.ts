import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { S2_CONST } from "./constants.js";
import {
  foldQuantile,
  QUANTILE_DOWN,
  QUANTILE_MAX,
  QUANTILE_MIN,
  QUANTILE_START,
  QUANTILE_UP,
  QUANTILE_VALUE,
} from "./quantile-grid.js";
import { QuantileTable } from "./quantile-table.js";

/** The reference rule on exact hundredths (strategies reference §1.2), as plain arithmetic. */
function referenceStep(k: number, absZ: number): number {
  return absZ >= k / 100 ? Math.min(350, k + 2) : Math.max(150, k - 1);
}

describe("quantile grid", () => {
  it("holds S2_CONST's quantile constants as hundredths", () => {
    expect([QUANTILE_START, QUANTILE_UP, QUANTILE_DOWN, QUANTILE_MIN, QUANTILE_MAX]).toEqual([
      Math.round(S2_CONST.quantileStart * 100),
      Math.round(S2_CONST.quantileUp * 100),
      Math.round(S2_CONST.quantileDown * 100),
      Math.round(S2_CONST.quantileMin * 100),
      Math.round(S2_CONST.quantileMax * 100),
    ]);
    expect([QUANTILE_START, QUANTILE_UP, QUANTILE_DOWN, QUANTILE_MIN, QUANTILE_MAX]).toEqual([200, 2, 1, 150, 350]);
  });

  it("reads cell k as the double nearest k/100", () => {
    for (let k = QUANTILE_MIN; k <= QUANTILE_MAX; k++) expect(QUANTILE_VALUE[k]).toBe(k / 100);
    expect(QUANTILE_VALUE[QUANTILE_MIN]).toBe(1.5);
    expect(QUANTILE_VALUE[QUANTILE_MAX]).toBe(3.5);
  });

  it("folds as the reference rule for any cell and |z|, at and around every grid value, NaN and ∞", () => {
    const special = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, 1.5, 3.5, 2, 1e-300, 1e300);
    const nearGrid = fc.tuple(fc.integer({ min: 140, max: 360 }), fc.integer({ min: -3, max: 3 })).map(([k, ulps]) => {
      // k/100 moved by a few ulps either way
      const v = k / 100;
      const f = new Float64Array([v]);
      const bits = new BigInt64Array(f.buffer);
      bits[0] = (bits[0] as bigint) + BigInt(ulps);
      return f[0] as number;
    });
    const absZ = fc.oneof(special, nearGrid, fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(
      fc.property(fc.integer({ min: QUANTILE_MIN, max: QUANTILE_MAX }), absZ, (k, z) => {
        expect(foldQuantile(k, z)).toBe(referenceStep(k, z));
      }),
      { numRuns: 5000, seed: 20261208 },
    );
  });

  it("keeps a long random walk on the grid, inside the clamp, never drifting", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 2000 }), (zs) => {
        const table = new QuantileTable();
        let k = 200;
        zs.forEach((z, t) => {
          expect(table.readThenFold(t + 1, 7, z)).toBe(k / 100);
          k = referenceStep(k, z);
        });
        expect(table.read(7)).toBe(k / 100);
        expect(table.cells[7]).toBe(k);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
