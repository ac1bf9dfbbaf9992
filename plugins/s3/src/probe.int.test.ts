import { it } from "vitest";
import { labelBars } from "../../../src/core/market-time/default-clock.js";
import { loadShared, runS3, SHARED_FILES } from "./__tests__/harness.js";

it("probe", async () => {
  const extra = JSON.parse(process.env.S3P ?? "{}");
  const files = process.env.S3F ? [process.env.S3F] : SHARED_FILES;
  for (const f of files) {
    const bars = await loadShared(f);
    const labels = labelBars(bars.time);
    const r = runS3(bars, extra, JSON.parse(process.env.S3O ?? "{}"), labels);
    const dates = Array.from(r.tradeDates);
    const entryDates = new Set<number>();
    for (const t of r.trades) {
      entryDates.add(t.tradeDate);
    }
    let worst = 0;
    let gap = 0;
    for (const d of dates) {
      if (entryDates.has(d)) gap = 0;
      else {
        gap++;
        worst = Math.max(worst, gap);
      }
    }
    const pnl = r.trades.reduce((a, t) => a + t.pnl, 0);
    const reasons: Record<string, number> = {};
    for (const t of r.trades) reasons[(t as any).exitReason] = (reasons[(t as any).exitReason] ?? 0) + 1;
    console.log(
      f,
      "dates",
      dates.length,
      "trades",
      r.trades.length,
      "maxGapDates",
      worst,
      "pnl",
      Math.round(pnl),
      JSON.stringify(reasons),
    );
    if (process.env.S3T) for (const t of r.trades.slice(0, 8)) console.log(JSON.stringify(t));
  }
}, 300_000);
