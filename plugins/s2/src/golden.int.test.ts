import { fileURLToPath } from "node:url";
import { expectGolden } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { loadShared, runS2 } from "./__tests__/harness.js";
import { sliceTime } from "./__tests__/slices.js";

const FIXTURE = fileURLToPath(new URL("./__fixtures__/golden-esm26.json", import.meta.url));

// Two weeks of ESM26 (trade dates 2026-03-12 … 2026-03-27) with the shipped defaults, the default
// schedule, 1 contract and default costs: every trade with the stop and target it was sent with.
describe("S2 golden trades, ESM26 2026-03-12 … 2026-03-27", () => {
  it("pins the trade list", async () => {
    const data = sliceTime(await loadShared("ESM26_1m.csv.gz"), "2026-03-11T22:00:00Z", "2026-03-27T21:00:00Z");
    const { rows, result } = runS2(data);
    expect(result.trades.length).toBeGreaterThan(0);
    // rewrite with UPDATE_GOLDENS=1 after an intended change; a missing fixture fails
    expectGolden(FIXTURE, `${JSON.stringify(rows, null, 2)}\n`);
  });

  it("is deterministic: a second run (fresh state) gives the same trades", async () => {
    const data = sliceTime(await loadShared("ESM26_1m.csv.gz"), "2026-03-11T22:00:00Z", "2026-03-27T21:00:00Z");
    expect(runS2(data).rows).toEqual(runS2(data).rows);
  });
});
