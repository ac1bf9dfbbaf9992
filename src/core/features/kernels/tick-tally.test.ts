import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SortedWindow } from "./sorted-window.js";
import { TickTally } from "./tick-tally.js";

// Quarter-point values (the grid), runs of them long enough to detect a grid, off-grid and
// out-of-range values that force the fallback, and non-finite inputs.
const onGrid = fc.integer({ min: 0, max: 40 }).map((k) => k * 0.25);
const values = fc.array(
  fc.oneof(
    { weight: 30, arbitrary: onGrid },
    { weight: 1, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((k) => 4096 + k) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
  ),
  { minLength: 1, maxLength: 600 },
);

/** Every order statistic r (with r + 1 read for frac > 0), so every cursor is exercised. */
function ordersOf(n: number): number[] {
  return Array.from({ length: n }, (_, r) => r);
}

describe("TickTally", () => {
  it("answers the same sizes, counts and quantiles as SortedWindow on and off the grid (property)", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 24 }), (xs, n) => {
        const sorted = new SortedWindow(n);
        const tally = new TickTally(n, ordersOf(n));
        return xs.every((x) => {
          const want = sorted.pushCount(x);
          tally.push(x);
          if (tally.size !== sorted.size) return false;
          if (x - x === 0 && tally.countAtMost(x) !== want) return false;
          if (tally.size !== n) return true;
          for (let r = 0; r < n; r++) {
            for (const frac of r + 1 < n ? [0, 0.25, 0.5] : [0]) {
              if (!Object.is(tally.quantile(r, frac), sorted.quantileAt(r, frac))) return false;
            }
          }
          return true;
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("asked in any order, cursors answer as a fresh walk would", () => {
    fc.assert(
      fc.property(fc.array(onGrid, { minLength: 60, maxLength: 500 }), fc.array(fc.nat(9)), (xs, asks) => {
        const n = 10;
        const sorted = new SortedWindow(n);
        const tally = new TickTally(n, ordersOf(n));
        let a = 0;
        return xs.every((x) => {
          sorted.push(x);
          tally.push(x);
          if (tally.size !== n) return true;
          // A few cursors per bar, chosen by the data: the others fall behind and catch up later.
          const r = asks.length === 0 ? 0 : asks[a++ % asks.length]!;
          return Object.is(tally.quantile(r, 0.5), sorted.quantileAt(r, 0.5)) || r === n - 1;
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("leaves the grid for an off-grid value and finds it again a window later", () => {
    const w = new TickTally(4, [0, 1, 2, 3]);
    for (const x of [1, 1.5, 0.25, 2]) w.push(x);
    expect([0, 1, 2, 3].map((r) => w.quantile(r, 0))).toEqual([0.25, 1, 1.5, 2]);
    w.push(0.1); // off the grid: window 1.5, 0.25, 2, 0.1
    expect([0, 1, 2, 3].map((r) => w.quantile(r, 0))).toEqual([0.1, 0.25, 1.5, 2]);
    for (const x of [3, 3.5, 0.75, 1]) w.push(x); // a wrap with the grid back
    expect([0, 1, 2, 3].map((r) => w.quantile(r, 0))).toEqual([0.75, 1, 3, 3.5]);
    expect(w.quantile(1, 0.5)).toBe(2);
    expect(w.countAtMost(3)).toBe(3);
  });
});
