#!/usr/bin/env node
// Whether two builds' feature kernels give Object.is-identical values: S2's 14 keys over every file of
// ../shared/data/cme-1m, computed together (computeColumns), each alone (its own batch) and bar by bar
// (each feature's own stream and FeatureSetStream's groups, `update(i)`). Prints the differences per
// key and path; exit code 1 if any. Usage: node bench/kernel-identity.mjs <distA> <distB> [extra keys…]
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { S2_KERNEL_KEYS } from "./s2-kernel-units.mjs";

const KEYS = [...S2_KERNEL_KEYS, ...process.argv.slice(4)];
const dists = [process.argv[2], process.argv[3]].map((d) => pathToFileURL(resolve(d)).href);
// Bars, labels and the data directory from this checkout's build (either build may live elsewhere).
const { importBarFile } = await import("../dist/core/data/index.js");
const { labelBars } = await import("../dist/core/market-time/index.js");
const { sharedDataDir } = await import("../dist/core/testing/shared-data.js");

async function paths(dist) {
  const f = await import(`${dist}/core/features/index.js`);
  const { computeColumns, FeatureSetStream } = await import(`${dist}/core/features/feature-set.js`);
  const registry = f.createFeatureRegistry();
  const defs = KEYS.map((k) => registry.resolve(k));
  return (bars, labels) => {
    const src = () => f.featureSource(bars, labels);
    const n = bars.length;
    const together = computeColumns(src(), defs, undefined, { registry, threads: 1 });
    const alone = defs.map((d) => d.batch(src()));
    const streams = defs.map((d) => {
      const s = d.createStream(src());
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) col[i] = s.update(i);
      return col;
    });
    const set = new FeatureSetStream(src(), defs);
    for (let i = 0; i < n; i++) set.update(i);
    const live = defs.map((_, k) => set.column(k).slice(0, n));
    return { together, alone, streams, live };
  };
}
const runs = [await paths(dists[0]), await paths(dists[1])];
const dir = sharedDataDir();
let total = 0;
for (const file of readdirSync(dir)
  .filter((x) => x.endsWith(".csv.gz"))
  .sort()) {
  const { bars } = await importBarFile(join(dir, file));
  const labels = labelBars(bars.time);
  const [a, b] = runs.map((r) => r(bars, labels));
  const diffs = [];
  for (const path of Object.keys(a)) {
    KEYS.forEach((key, k) => {
      let d = 0;
      for (let i = 0; i < bars.length; i++) if (!Object.is(a[path][k][i], b[path][k][i])) d++;
      if (d > 0) diffs.push(`${path} ${key}: ${d}`);
      total += d;
    });
  }
  console.log(`${file} ${bars.length} bars: ${diffs.length === 0 ? "identical" : diffs.join(", ")}`);
}
process.exit(total === 0 ? 0 : 1);
