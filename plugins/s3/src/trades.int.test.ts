import { describe, expect, it } from "vitest";
import { loadShared, runS3, SHARED_FILES } from "./__tests__/harness.js";

/** The longest run of consecutive trade dates (from the first decision) without an entry. */
function longestDry(dates: Int32Array, entryDates: ReadonlySet<number>): number {
  let run = 0;
  let worst = 0;
  for (const d of dates) {
    run = entryDates.has(d) ? 0 : run + 1;
    worst = Math.max(worst, run);
  }
  return worst;
}

// SPEC §5 "Every strategy trades": with the shipped defaults and the default schedule, S3 enters at
// least once in every 10 consecutive trade dates of every file in ../shared/data.
describe("S3 trades with its shipped defaults on every root", () => {
  for (const file of SHARED_FILES) {
    it(file, async () => {
      const bars = await loadShared(file);
      const r = runS3(bars);
      const entryDates = new Set(r.trades.map((t) => t.tradeDate));
      expect(r.trades.length).toBeGreaterThanOrEqual(Math.ceil(r.tradeDates.length / 10));
      expect(
        longestDry(r.tradeDates, entryDates),
        `${r.trades.length} trades over ${r.tradeDates.length} dates`,
      ).toBeLessThan(10);
    });
  }
});
