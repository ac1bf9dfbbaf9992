import fc from "fast-check";
import { labelBars } from "sessionkit";
import { describe, expect, it } from "vitest";
import { decisions, headBars, perturbAfter } from "./__tests__/lookahead.js";
import { dataset } from "./__tests__/shared-runs.js";
import { s6Strategy } from "./strategy.js";

describe("S6 is causal", () => {
  it("perturbing the bars after t never changes a decision at or before t", async () => {
    // ~14 trade dates of ESM26: enough for the RVOL baseline, so entries and management occur.
    const full = (await dataset("ESM26_1m.csv.gz")).bars;
    const bars = headBars(full, 18_000);
    const labels = labelBars(bars.time);
    const base = decisions(s6Strategy, bars, labels);
    const acting = base.flatMap((d, i) => (d === "" ? [] : [i]));
    expect(acting.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.constantFrom(...acting), fc.integer({ min: -3, max: 3 }), fc.integer(), (at, shift, seed) => {
        // Cut just around a bar that acted, so the perturbation hits the bars that decide the next action.
        const t = at + shift;
        const got = decisions(s6Strategy, perturbAfter(bars, t, seed), labels);
        for (let i = 0; i <= t; i++) if (got[i] !== base[i]) return false;
        return true;
      }),
      { seed: 42, numRuns: 12 },
    );
  });
});
