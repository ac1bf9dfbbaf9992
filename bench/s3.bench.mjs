// S3 strategy benchmark: the backtest.90d setting (last 90 calendar days of ESM26, default costs,
// FeatureFrame prebuilt, median after warm-ups) with the S3 plugin's strategy at its shipped
// defaults, to compare with the S2 line `backtest.90d`. Needs `npm run build` (root and plugins).
import { createFeatureRegistry, FeatureFrameCache, featureSource } from "../dist/core/features/index.js";
import { runBacktest } from "../dist/index.js";
import { s3Strategy } from "../plugins/s3/dist/index.js";
import { last90Days } from "./last-90-days.mjs";
import { medianMs } from "./timing.mjs";

export async function run(report) {
  const { bars, labels } = await last90Days();
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
