import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { s2Strategy } from "./index.js";
import { QUANTILE_MAX, QUANTILE_NEXT, QUANTILE_VALUE } from "./quantile-grid.js";
import { QuantileTable } from "./quantile-table.js";
import {
  FACT_CONFIRMED_SHIFT,
  FACT_DECEL_MASK,
  FACT_DECEL_SHIFT,
  FACT_HOUR_MASK,
  FACT_HOUR_SHIFT,
  FACT_Z_COUNT_MASK,
  zCountOf,
} from "./screen-columns.js";
import { lastGated, scanFacts } from "./screen-scan.js";

// zCountOf and the screen's per-bar kernel over the screen columns against plain loops (the grid's
// compare, QuantileTable), on random bars: values at and around the gates' bounds, NaN VolZ, hours
// that change mid-range, cells near the clamps. screen-scan-features.test.ts does the other kernel.

/** k/100 moved by a few ulps either way: where an off-by-one in the z count would show. */
const nearGrid = fc.tuple(fc.integer({ min: 140, max: 360 }), fc.integer({ min: -2, max: 2 })).map(([k, ulps]) => {
  const f = new Float64Array([k / 100]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = (bits[0] as bigint) + BigInt(ulps);
  return f[0] as number;
});
const absZArb = fc.oneof(nearGrid, fc.double({ min: 0, max: 6, noNaN: true }), fc.constantFrom(0, Number.NaN, 1e9));

describe("zCountOf", () => {
  it("counts exactly the grid values |z| reaches", () => {
    fc.assert(
      fc.property(absZArb, (z) => {
        const c = zCountOf(z);
        const wrong: number[] = [];
        for (let k = 0; k <= QUANTILE_MAX; k++) if (k < c !== z >= (QUANTILE_VALUE[k] as number)) wrong.push(k);
        expect(wrong, `|z| ${z}, count ${c}`).toEqual([]);
      }),
      { numRuns: 3000, seed: 20261208 },
    );
    expect(zCountOf(Number.POSITIVE_INFINITY)).toBe(QUANTILE_MAX + 1);
    expect(QUANTILE_MAX + 1).toBeLessThanOrEqual(FACT_Z_COUNT_MASK);
  });
});

const params = { ...s2Strategy.defaultParams(), minVolume: 100, volZMin: -0.3, volZMax: 2.2 };

const factBar = fc.record({
  volz: fc.oneof(fc.constantFrom(Number.NaN, -0.3, 2.2, 0), fc.double({ min: -2, max: 4, noNaN: true })),
  volume: fc.oneof(fc.constantFrom(99, 100, 101), fc.integer({ min: 0, max: 500 })),
  hour: fc.integer({ min: 0, max: 23 }),
  absZ: absZArb,
  decel: fc.integer({ min: 1, max: 60 }),
  confirmed: fc.boolean(),
});

describe("scanFacts", () => {
  it("gates, folds and picks candidates as a plain loop over the decoded facts", () => {
    fc.assert(
      fc.property(
        fc.array(factBar, { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 150, max: 350 }), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 1, max: 60 }),
        (rows, start, lookback) => {
          const n = rows.length;
          const volz = Float64Array.from(rows, (r) => r.volz);
          const volume = Float64Array.from(rows, (r) => r.volume);
          const facts = Uint32Array.from(
            rows,
            (r) =>
              zCountOf(r.absZ) |
              (r.hour << FACT_HOUR_SHIFT) |
              (r.decel << FACT_DECEL_SHIFT) |
              ((r.confirmed ? 1 : 0) << FACT_CONFIRMED_SHIFT),
          );
          // The fields decode with the exported constants.
          rows.forEach((r, i) => {
            const w = facts[i] as number;
            expect((w >>> FACT_HOUR_SHIFT) & FACT_HOUR_MASK).toBe(r.hour);
            expect((w >>> FACT_DECEL_SHIFT) & FACT_DECEL_MASK).toBe(r.decel);
          });
          const cells = Int16Array.from(start);
          const cand = new Int32Array(n);
          const candK = new Int16Array(n);
          const count = scanFacts(
            volz,
            volume,
            facts,
            cells,
            QUANTILE_NEXT,
            0,
            n,
            100,
            -0.3,
            2.2,
            lookback,
            cand,
            candK,
          );

          const table = new QuantileTable();
          table.cells.set(start);
          const want: [number, number][] = [];
          let last = -1;
          rows.forEach((r, i) => {
            const gated = r.volume >= params.minVolume && r.volz >= params.volZMin && r.volz <= params.volZMax;
            if (!gated) return;
            last = i;
            const k = table.cells[r.hour] as number;
            table.readThenFold(i, r.hour, r.absZ);
            if (r.decel >= lookback && r.confirmed) want.push([i, k]);
          });
          expect(Array.from(cells)).toEqual(Array.from(table.cells));
          expect(Array.from({ length: count }, (_, j) => [cand[j], candK[j]])).toEqual(want);
          expect(lastGated(volz, volume, 0, n, 100, -0.3, 2.2)).toBe(last);
        },
      ),
      { numRuns: 400, seed: 20261208 },
    );
  });
});
