// Data benchmarks (SPEC §12): import of all shared data, fast-cache load of 1 M bars, store write/read.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  createBars,
  decodeBarsParquet,
  encodeBarsParquet,
  importBarFile,
  readBarCache,
  synthBars,
  writeBarCache,
} from "../dist/core/data/index.js";
import { sharedDataDir } from "../dist/core/testing/shared-data.js";
import { medianMs } from "./timing.mjs";

async function medianAsync(fn, runs) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run(report) {
  const dir = sharedDataDir();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".csv.gz"))
    .sort();
  const parts = [];
  const importAll = async () => {
    parts.length = 0;
    for (const f of files) parts.push((await importBarFile(join(dir, f))).bars);
  };
  const importMs = await medianAsync(importAll, 5);
  const total = parts.reduce((s, b) => s + b.length, 0);
  report({ name: "data.import_all", value: total / (importMs / 1000), unit: "bars/s", n: total });
  report({ name: "data.import_all_ms", value: importMs, unit: "ms", n: total });

  // 1 M bars: two years of synthetic ES (the real files overlap in time, so they cannot be concatenated).
  const big = synthBars({ symbol: "ES", from: "2024-01-02", to: "2026-12-31", seed: 1 });
  const million = createBars({
    symbol: "ES",
    contract: undefined,
    time: big.time.subarray(0, 1_000_000),
    open: big.open.subarray(0, 1_000_000),
    high: big.high.subarray(0, 1_000_000),
    low: big.low.subarray(0, 1_000_000),
    close: big.close.subarray(0, 1_000_000),
    volume: big.volume.subarray(0, 1_000_000),
  });
  const tmp = mkdtempSync(join(tmpdir(), "sk-bench-data-"));
  try {
    const cacheFile = join(tmp, "ES.skbars");
    writeBarCache(cacheFile, million, "bench");
    const loadMs = medianMs(() => readBarCache(cacheFile, "bench"), { runs: 15, warmups: 3 });
    report({ name: "data.cache_load_1m", value: loadMs, unit: "ms", n: million.length });
    const writeCacheMs = medianMs(() => writeBarCache(cacheFile, million, "bench"), { runs: 5, warmups: 1 });
    report({ name: "data.cache_write_1m", value: writeCacheMs, unit: "ms", n: million.length });

    // The store: Parquet (ZSTD) encode/decode of every real bar, one contract file each.
    let bytes = [];
    const writeMs = medianMs(
      () => {
        bytes = parts.map((b) => encodeBarsParquet(b));
      },
      { runs: 5, warmups: 1 },
    );
    report({ name: "data.store_write", value: writeMs, unit: "ms", n: total });
    const readMs = medianMs(() => bytes.map((b, i) => decodeBarsParquet(b, files[i])), { runs: 5, warmups: 1 });
    report({ name: "data.store_read", value: readMs, unit: "ms", n: total });
    const size = bytes.reduce((s, b) => s + b.byteLength, 0);
    report({ name: "data.store_size", value: size / 1e6, unit: "MB", n: total });
    const csvGz = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    report({ name: "data.source_csv_gz_size", value: csvGz / 1e6, unit: "MB", n: total });
    const millionParquet = encodeBarsParquet(million);
    report({
      name: "data.store_read_1m",
      value: medianMs(() => decodeBarsParquet(millionParquet, "1m"), { runs: 5, warmups: 1 }),
      unit: "ms",
      n: million.length,
    });
    report({
      name: "data.synth_90d",
      value: medianMs(() => synthBars({ symbol: "ES", from: "2026-01-02", to: "2026-03-31", seed: 7 }), {
        runs: 5,
        warmups: 1,
      }),
      unit: "ms",
      n: 86_460,
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
