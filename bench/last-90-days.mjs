// The bars the backtest benchmarks run on (SPEC §12): the last 90 calendar days of
// ../shared/data/cme-1m/ESM26_1m.csv.gz (86,002 bars) and their labels, from the built package.
import { join } from "node:path";
import { importBarFile, sliceBars } from "../dist/core/data/index.js";
import { labelBars } from "../dist/core/market-time/index.js";
import { sharedDataDir } from "../dist/core/testing/shared-data.js";

export async function last90Days() {
  const { bars: all } = await importBarFile(join(sharedDataDir(), "ESM26_1m.csv.gz"));
  const end = all.time[all.length - 1];
  let start = 0;
  while (all.time[start] < end - 90 * 86_400_000) start++;
  const bars = sliceBars(all, start);
  return { bars, labels: labelBars(bars.time) };
}
