import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadShared, runS2 } from "./__tests__/harness.js";
import { perturbAfter, sliceTime } from "./__tests__/slices.js";

// Perturbing bars after t never changes a decision at or before t (run through the engine, so the
// adaptive quantile state, positions and fills are all in the loop).
describe("S2 is causal", () => {
  it("decisions up to t ignore any change to the bars after t", async () => {
    const data = sliceTime(await loadShared("MESM26_1m.csv.gz"), "2026-03-15T22:00:00Z", "2026-03-21T00:00:00Z");
    const base = runS2(data);
    const n = data.bars.length;
    expect(base.decisions.size).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: n - 2 }),
        fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (t, drift, seed) => {
          let s = seed;
          const rnd = () => {
            s = (s * 1103515245 + 12345) % 2147483648;
            return s / 2147483648;
          };
          const bars = perturbAfter(
            data.bars,
            t,
            () => 1 + drift + (rnd() - 0.5) * 0.004,
            () => rnd() * 3,
          );
          const run = runS2({ bars, labels: data.labels });
          for (const [i, sig] of base.decisions) if (i <= t) expect(run.decisions.get(i)).toEqual(sig);
          for (const [i, sig] of run.decisions) if (i <= t) expect(base.decisions.get(i)).toEqual(sig);
        },
      ),
      { seed: 42, numRuns: 6 },
    );
  }, 60_000);
});
