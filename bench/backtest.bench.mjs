// Backtest benchmarks (SPEC §12): the last 90 calendar days of ESM26 (86,002 bars), default costs,
// FeatureFrame prebuilt (`backtest.90d`) or features computed inside each run
// (`backtest.90d_with_features`); the median of 100 runs (SPEC: ≥ 30) after 5 warm-ups, as V8 takes a
// dozen runs to finish optimising and 30 would let those dominate the median.
// `backtest.90d.no_screen` is the same run with decide called on every bar (options.screen false).
// The SPEC lines run S2 (the plugin's strategy at its schema defaults; needs `npm run build`, root and
// plugins). `backtest.90d.vwap_fade` runs a bench-only, deterministic VWAP-z fade defined below: a light
// strategy that shows the engine's own cost. Each line names its strategy.
import { registryColumns, runBacktest } from "../dist/core/backtest/index.js";
import { createFeatureRegistry, FeatureFrameCache, featureSource } from "../dist/core/features/index.js";
import { defineStrategy, Signal, z } from "../dist/index.js";
import { s2Strategy } from "../plugins/s2/dist/index.js";
import { last90Days } from "./last-90-days.mjs";
import { medianMs } from "./timing.mjs";

const STRATEGY = "S2";
const FADE = "bench-vwap-fade";

/** Fades a 2σ stretch from the session VWAP when RSI agrees; ATR stop and target, 45-bar time stop. */
const benchStrategy = defineStrategy({
  id: FADE,
  apiVersion: 1,
  params: z.strictObject({ z: z.number().default(2), stop: z.number().default(1.5), target: z.number().default(2.5) }),
  features: { z: "vwap.session.z", atr: "atr:14", rsi: "rsi_14" },
  warmup: 20,
  flatten: "session",
  decide(ctx) {
    if (!ctx.position.isFlat) return Signal.hold();
    const { z: zs, atr, rsi } = ctx.features;
    if (!(atr > 0)) return Signal.hold();
    const p = ctx.params;
    const c = ctx.bar.close;
    if (zs < -p.z && rsi < 35)
      return Signal.long({ stop: c - p.stop * atr, target: c + p.target * atr, timeStopBars: 45 });
    if (zs > p.z && rsi > 65)
      return Signal.short({ stop: c + p.stop * atr, target: c - p.target * atr, timeStopBars: 45 });
    return Signal.hold();
  },
});

export async function run(report) {
  const { bars, labels } = await last90Days();
  const registry = createFeatureRegistry();
  const keys = s2Strategy.resolveFeatures(s2Strategy.defaultParams()).keys;
  const frame = new FeatureFrameCache(registry).frame(featureSource(bars, labels), keys);
  const n = bars.length;
  let trades = 0;
  const prebuilt = medianMs(
    () => {
      trades = runBacktest({ strategy: s2Strategy, bars, labels, features: frame }, { equityCurve: false }).trades
        .length;
    },
    { runs: 100 },
  );
  report({ name: "backtest.90d", value: prebuilt, unit: "ms", n, strategy: STRATEGY, trades });
  // CPU time per run (mean of 30): less disturbed than wall time when other processes share the 2 cores
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < 100; k++)
    runBacktest({ strategy: s2Strategy, bars, labels, features: frame }, { equityCurve: false });
  const cpu = process.cpuUsage(cpu0);
  report({ name: "backtest.90d.cpu", value: (cpu.user + cpu.system) / 1000 / 100, unit: "ms", n, strategy: STRATEGY });
  report({ name: "backtest.90d.throughput", value: n / (prebuilt / 1000), unit: "bars/s", n, strategy: STRATEGY });
  const noScreen = medianMs(() =>
    runBacktest({ strategy: s2Strategy, bars, labels, features: frame }, { equityCurve: false, screen: false }),
  );
  report({ name: "backtest.90d.no_screen", value: noScreen, unit: "ms", n, strategy: STRATEGY });
  const withFeatures = medianMs(() => {
    const features = registryColumns(registry, featureSource(bars, labels));
    runBacktest({ strategy: s2Strategy, bars, labels, features }, { equityCurve: false });
  });
  report({
    name: "backtest.90d_with_features",
    value: withFeatures,
    unit: "ms",
    n,
    strategy: STRATEGY,
    features: keys.length,
  });
  report({
    name: "backtest.90d_with_features.throughput",
    value: n / (withFeatures / 1000),
    unit: "bars/s",
    n,
    strategy: STRATEGY,
  });
  const guarded = medianMs(
    () => runBacktest({ strategy: s2Strategy, bars, labels, features: frame }, { guard: true }),
    {
      runs: 10,
      warmups: 2,
    },
  );
  report({ name: "backtest.90d_guarded", value: guarded, unit: "ms", n, strategy: STRATEGY });
  const fadeKeys = benchStrategy.resolveFeatures(benchStrategy.defaultParams()).keys;
  const fadeFrame = new FeatureFrameCache(registry).frame(featureSource(bars, labels), fadeKeys);
  let fadeTrades = 0;
  const fade = medianMs(() => {
    fadeTrades = runBacktest({ strategy: benchStrategy, bars, labels, features: fadeFrame }, { equityCurve: false })
      .trades.length;
  });
  report({ name: "backtest.90d.vwap_fade", value: fade, unit: "ms", n, strategy: FADE, trades: fadeTrades });
}
