import fc from "fast-check";
import { runBacktest } from "sessionkit";
import { dataset, detectLookahead, head } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { s11Strategy } from "./strategy.js";

describe("S11 is causal", () => {
  it("perturbing the bars after t never changes a decision at or before t", async () => {
    // ~14 trade dates of ESM26: enough for the RVOL baseline, so entries and management occur.
    const d = await dataset("ESM26_1m.csv.gz");
    const { bars, labels } = head(d, 18_000);
    const acting: number[] = [];
    runBacktest(
      { strategy: s11Strategy, bars, labels, features: d.columns },
      { onDecision: (i, s) => void (s.kind === "hold" || acting.push(i)) },
    );
    expect(acting.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.constantFrom(...acting), fc.integer({ min: -3, max: 3 }), fc.nat(), (at, shift, seed) => {
        // Cut around a bar that acted, so the perturbation hits the bars that decide the next action.
        const report = detectLookahead(s11Strategy, { bars, labels, checkpoints: [at + shift], seed });
        return report.violations.length === 0;
      }),
      { seed: 42, numRuns: 12 },
    );
  });
});
