import { SHARED_FILES } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { loadShared, runS2 } from "./__tests__/harness.js";

// The screen is an optimisation only: on every file of ../shared/data, the guarded run (decide on every
// bar, folding its own quantile table, SK_STRATEGY_SCREEN_MISSED on a hidden entry), the screened run
// (decide only on marked bars, quantiles from the screen) and a run without the screen trade the same.
describe("S2 screen changes no trade", () => {
  for (const file of SHARED_FILES) {
    it(file, async () => {
      const data = await loadShared(file);
      const guarded = runS2(data).result.trades;
      expect(guarded.length).toBeGreaterThan(0);
      expect(runS2(data, { guard: false }).result.trades).toEqual(guarded);
      expect(runS2(data, { guard: false, screen: false }).result.trades).toEqual(guarded);
    }, 60_000);
  }
});
