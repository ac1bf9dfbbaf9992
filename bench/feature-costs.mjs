#!/usr/bin/env node
// Measures the relative kernel costs behind src/core/features/parallel/cost.ts (FAMILY_COST): each
// kernel unit of the bench set (a shared kernel's members together, else one feature) computed alone,
// single-thread, on the 1 M bench bars; median cpu ms of 5 runs, and that over one EMA pass.
// Usage: npm run build && node bench/feature-costs.mjs
import {
  computeColumns,
  createFeatureRegistry,
  featureSource,
  MODEL_FEATURE_NAMES,
  STRATEGY_DEFAULT_FEATURES,
} from "../dist/core/features/index.js";
import { syntheticBars } from "./features.bench.mjs";

const { bars, labels } = syntheticBars();
const src = featureSource(bars, labels);
const registry = createFeatureRegistry();
const defs = [...MODEL_FEATURE_NAMES, ...STRATEGY_DEFAULT_FEATURES].map((k) => registry.resolve(k));
const units = new Map();
for (const d of defs) {
  const id = d.shared?.id ?? `#${d.key}`;
  if (!units.has(id)) units.set(id, []);
  units.get(id).push(d);
}
const rows = [];
for (const [id, members] of units) {
  const outs = members.map(() => new Float64Array(bars.length));
  for (let w = 0; w < 2; w++) computeColumns(src, members, outs, { threads: 1 });
  const ms = [];
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    computeColumns(src, members, outs, { threads: 1 });
    const c = process.cpuUsage(c0);
    ms.push((c.user + c.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  rows.push({ id, ms: ms[2], keys: members.map((m) => m.key) });
}
const ema = rows.find((r) => r.id === "#ema:20")?.ms ?? 1;
rows.sort((a, b) => b.ms - a.ms);
for (const r of rows) {
  process.stdout.write(
    `${r.ms.toFixed(1).padStart(6)} ms  ${(r.ms / ema).toFixed(1).padStart(5)} EMA  ${r.id}  ${r.keys.join(" ")}\n`,
  );
}
process.stdout.write(`total ${rows.reduce((a, r) => a + r.ms, 0).toFixed(1)} ms\n`);
