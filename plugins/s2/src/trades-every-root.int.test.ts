import { describe, expect, it } from "vitest";
import { loadShared, runS2 } from "./__tests__/harness.js";

const FILES = [
  "ESH26_1m.csv.gz",
  "ESM26_1m.csv.gz",
  "MESM26_1m.csv.gz",
  "MESZ25_1m.csv.gz",
  "MNQM26_1m.csv.gz",
  "MNQU25_1m.csv.gz",
  "MNQZ25_1m.csv.gz",
  "NQM26_1m.csv.gz",
];

// SPEC §5 "Every strategy trades": with shipped defaults (and the default schedule), at least one
// trade per 10 trade dates on every file of ../shared/data.
describe("S2 trades at least once per 10 trade dates with shipped defaults", () => {
  for (const file of FILES) {
    it(file, async () => {
      const data = await loadShared(file);
      const dates = new Set(Array.from(data.labels.tradeDate).filter((d) => d !== 0)).size;
      const { result } = runS2(data);
      expect(result.trades.length).toBeGreaterThanOrEqual(Math.ceil(dates / 10));
    }, 60_000);
  }
});
