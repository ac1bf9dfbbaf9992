import fc from "fast-check";
import { detectLookahead } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { loadSharedSync, runS3 } from "./__tests__/harness.js";
import { s3Strategy } from "./strategy.js";

// One real week of NQM26 where S3 trades, so the decisions compared are not all holds.
const data = loadSharedSync("NQM26_1m.csv.gz", "2026-03-29T22:00:00Z", "2026-04-04T00:00:00Z");

describe("S3 is causal", () => {
  it("trades on the slice the property runs over", () => {
    expect(runS3(data.bars, undefined, { schedule: false }, data.labels).trades.length).toBeGreaterThan(2);
  });

  it("never changes a decision at or before t when every bar after t is perturbed (seeded property)", () => {
    const n = data.bars.length;
    fc.assert(
      fc.property(fc.integer({ min: 200, max: n - 2 }), fc.integer({ min: 1, max: 1_000_000 }), (t, seed) => {
        const report = detectLookahead(s3Strategy, { ...data, checkpoints: [t], seed });
        expect(report.violations).toEqual([]);
      }),
      { seed: 42, numRuns: 6 },
    );
  });
});
