// Feature benchmarks (SPEC §12): the 13 model features plus every feature S2/S3/S6/S11 declare at
// default parameters, over 1 M one-minute bars of a seeded random walk on real CME market minutes
// (closed minutes removed by the calendar), batch and streaming.
import { performance } from "node:perf_hooks";
import {
  computeColumns,
  createFeatureRegistry,
  createFeatureSetStream,
  featureSource,
  MODEL_FEATURE_NAMES,
  STRATEGY_DEFAULT_FEATURES,
  StreamingBars,
  sharedFloat64,
} from "../dist/core/features/index.js";
import { labelBars } from "../dist/core/market-time/index.js";
import { medianMs } from "./timing.mjs";

const N = 1_000_000;

/** 1 M bars: every open minute from 2021-01-04, a seeded walk with realistic ES prices and volumes. */
export function syntheticBars() {
  const candidates = 1_500_000;
  const t0 = Date.UTC(2021, 0, 3, 23, 0);
  const time = new Float64Array(candidates);
  for (let i = 0; i < candidates; i++) time[i] = t0 + i * 60_000;
  const all = labelBars(time);
  // SAB-backed, as the data loaders make columns of large sets (a worker thread reads them as they are).
  const keep = sharedFloat64(N);
  let n = 0;
  for (let i = 0; i < candidates && n < N; i++) if (all.open[i] === 1) keep[n++] = time[i];
  if (n < N) throw new Error(`only ${n} open minutes generated`);
  let s = 42;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const open = sharedFloat64(N);
  const high = sharedFloat64(N);
  const low = sharedFloat64(N);
  const close = sharedFloat64(N);
  const volume = sharedFloat64(N);
  let px = 4000;
  for (let i = 0; i < N; i++) {
    const o = px;
    px = Math.max(100, px + Math.round((rnd() - 0.5) * 6) * 0.25);
    open[i] = o;
    close[i] = px;
    high[i] = Math.max(o, px) + Math.floor(rnd() * 3) * 0.25;
    low[i] = Math.min(o, px) - Math.floor(rnd() * 3) * 0.25;
    volume[i] = 1 + Math.floor(rnd() * 2000);
  }
  const bars = { symbol: "ES", contract: undefined, length: N, time: keep, open, high, low, close, volume };
  return { bars, labels: labelBars(keep) };
}

export async function run(report) {
  const { bars, labels } = syntheticBars();
  const src = featureSource(bars, labels);
  const registry = createFeatureRegistry();
  // The 13 model features and S2 ∪ S3 ∪ S6 ∪ S11 at default parameters (all families registered).
  const keys = [...MODEL_FEATURE_NAMES, ...STRATEGY_DEFAULT_FEATURES];
  const defs = keys.map((k) => registry.resolve(k));
  // Outputs SAB-backed, as computeColumns allocates the worker's columns, so the worker writes in place.
  const cols = defs.map(() => sharedFloat64(N));
  // Two threads when it pays (the registry lets the worker rebuild the family members it runs).
  const parallel = { registry };
  const batchMs = medianMs(() => computeColumns(src, defs, cols, parallel), { runs: 7, warmups: 2 });
  report({ name: "features.batch_1m", value: batchMs, unit: "ms", n: N, features: defs.length });
  // CPU time of one batch run, both threads (process cpu counts the worker thread): wall time is
  // inflated when other processes share the two cores.
  const cpu0 = process.cpuUsage();
  computeColumns(src, defs, cols, parallel);
  const cpu = process.cpuUsage(cpu0);
  report({ name: "features.batch_1m.cpu", value: (cpu.user + cpu.system) / 1000, unit: "ms", n: N });
  const singleMs = medianMs(() => computeColumns(src, defs, cols, { threads: 1 }), { runs: 7, warmups: 2 });
  report({ name: "features.batch_1m.single_thread", value: singleMs, unit: "ms", n: N, features: defs.length });
  const model = defs.slice(0, MODEL_FEATURE_NAMES.length);
  const modelMs = medianMs(() => computeColumns(src, model, cols, parallel), { runs: 7, warmups: 2 });
  report({ name: "features.batch_1m.model13", value: modelMs, unit: "ms", n: N, features: model.length });

  // Streaming: append each bar to a live buffer and advance the whole set, as the live runner does.
  const STREAM_BARS = 300_000;
  const streamOnce = () => {
    const live = new StreamingBars("ES", undefined, STREAM_BARS);
    const set = createFeatureSetStream(live.source(), defs, STREAM_BARS);
    const bar = {
      time: 0,
      open: 0,
      high: 0,
      low: 0,
      close: 0,
      volume: 0,
      tradeDate: 0,
      session: 0,
      segment: 0,
      etMinute: 0,
    };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < STREAM_BARS; i++) {
      bar.time = bars.time[i];
      bar.open = bars.open[i];
      bar.high = bars.high[i];
      bar.low = bars.low[i];
      bar.close = bars.close[i];
      bar.volume = bars.volume[i];
      bar.tradeDate = labels.tradeDate[i];
      bar.session = labels.session[i];
      bar.segment = labels.segment[i];
      bar.etMinute = labels.etMinute[i];
      live.append(bar);
      set.update(i);
    }
    const c = process.cpuUsage(c0);
    return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  streamOnce();
  const runs = [streamOnce(), streamOnce(), streamOnce()].sort((a, b) => a.wall - b.wall);
  const mid = runs[1];
  report({
    name: "features.stream_per_bar",
    value: (mid.wall * 1000) / STREAM_BARS,
    unit: "us",
    n: STREAM_BARS,
    features: defs.length,
  });
  report({ name: "features.stream_per_bar.cpu", value: (mid.cpu * 1000) / STREAM_BARS, unit: "us", n: STREAM_BARS });
}
