import { s2Strategy } from "@sessionkit/plugin-s2";
import { s3Strategy } from "@sessionkit/plugin-s3";
import { s6Strategy } from "@sessionkit/plugin-s6";
import { s11Strategy } from "@sessionkit/plugin-s11";
import { describe, expect, it } from "vitest";
import { backtestFile, dataset, SHARED_FILES } from "../testing/real-data.js";

// The four shipped strategies are intraday: with their defaults, on every root of ../shared/data, no
// position is open across a trade-date boundary (the daily 17:00–18:00 ET halt, a weekend, a holiday
// or early close). Each flattens at its trade date's last bar at the latest.
describe("no shipped strategy holds a position across a trade-date boundary", () => {
  for (const file of SHARED_FILES) {
    it(file, async () => {
      const { labels } = await dataset(file);
      for (const strategy of [s2Strategy, s3Strategy, s6Strategy, s11Strategy]) {
        const r = await backtestFile(strategy, file);
        const crossing = r.trades.filter(
          (t) =>
            labels.tradeDate[t.entryIndex] !== t.tradeDate ||
            labels.tradeDate[t.exitIndex] !== t.tradeDate ||
            t.exitTime - t.entryTime > 24 * 3_600_000,
        );
        expect(
          crossing.map((t) => `${new Date(t.entryTime).toISOString()} → ${new Date(t.exitTime).toISOString()}`),
          `${strategy.id} on ${file}`,
        ).toEqual([]);
      }
    });
  }
});
