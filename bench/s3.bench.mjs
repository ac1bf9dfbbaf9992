// S3 strategy benchmark: the backtest.90d setting (last 90 calendar days of ESM26, default costs,
// FeatureFrame prebuilt, median after warm-ups) with the S3 plugin's strategy at its shipped
// defaults, to compare with the S2 line `backtest.90d`. Needs `npm run build` (root and plugins).
import { join } from "node:path";
import { importBarFile, sliceBars } from "../dist/core/data/index.js";
import { createFeatureRegistry, FeatureFrameCache, featureSource } from "../dist/core/features/index.js";
import { labelBars } from "../dist/core/market-time/index.js";
import { sharedDataDir } from "../dist/core/testing/shared-data.js";
import { runBacktest } from "../dist/index.js";
import { s3Strategy } from "../plugins/s3/dist/index.js";
import { medianMs } from "./timing.mjs";

export async function run(report) {
  const { bars: all } = await importBarFile(join(sharedDataDir(), "ESM26_1m.csv.gz"));
  const end = all.time[all.length - 1];
  let start = 0;
  while (all.time[start] < end - 90 * 86_400_000) start++;
  const bars = sliceBars(all, start);
  const labels = labelBars(bars.time);
  const keys = s3Strategy.resolveFeatures(s3Strategy.defaultParams()).keys;
  const frame = new FeatureFrameCache(createFeatureRegistry()).frame(featureSource(bars, labels), keys);
  const n = bars.length;
  let trades = 0;
  const ms = medianMs(
    () => {
      trades = runBacktest({ strategy: s3Strategy, bars, labels, features: frame }, { equityCurve: false }).trades
        .length;
    },
    { runs: 15, warmups: 3 },
  );
  report({ name: "backtest.90d.s3", value: ms, unit: "ms", n, strategy: "S3", trades });
  report({ name: "backtest.90d.s3.per_bar", value: (ms * 1e6) / n, unit: "ns", n, strategy: "S3" });
}
