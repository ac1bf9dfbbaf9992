#!/usr/bin/env node
import { resolve } from "node:path";
// Alternating A/B of two builds' feature kernels in one process, so both see the same noise (the VM
// and other benchmarks on the same cores): each unit of S2's features (see kernel-stability.mjs) or
// all 14 keys together, over the last 90 days of ESM26, warm-ups then rounds with A and B interleaved
// (order flipped every round); prints p10 and median ms per variant. Usage:
//   node bench/kernel-ab.mjs <distA> <distB> [rounds=400] [unit index | units | all | key+key+…]
import { pathToFileURL } from "node:url";
import { last90Days } from "./last-90-days.mjs";
import { S2_KERNEL_KEYS, S2_KERNEL_UNITS } from "./s2-kernel-units.mjs";

const UNITS = S2_KERNEL_UNITS;
const ALL = S2_KERNEL_KEYS;

const [distA, distB] = [process.argv[2], process.argv[3]].map((d) => pathToFileURL(resolve(d)).href);
const rounds = Number(process.argv[4] ?? 400);
const which = process.argv[5] ?? "all";
const { bars, labels } = await last90Days();

async function variant(dist) {
  const { createFeatureRegistry, featureSource } = await import(`${dist}/core/features/index.js`);
  const { computeColumns } = await import(`${dist}/core/features/feature-set.js`);
  const registry = createFeatureRegistry();
  return (keys) => {
    const defs = keys.map((k) => registry.resolve(k));
    const outs = defs.map(() => new Float64Array(bars.length));
    return () => computeColumns(featureSource(bars, labels), defs, outs, { registry, threads: 1 });
  };
}
const make = [await variant(distA), await variant(distB)];
const sets =
  which === "all"
    ? [ALL]
    : which === "units"
      ? UNITS
      : /^\d+$/.test(which)
        ? [UNITS[Number(which)]]
        : [which.split("+")];
const q = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
for (const keys of sets) {
  const fns = make.map((m) => m(keys));
  const times = [[], []];
  for (let r = 0; r < 2 * rounds; r++) {
    const order = r & 1 ? [1, 0] : [0, 1];
    for (const v of order) {
      const t0 = performance.now();
      fns[v]();
      const t = performance.now() - t0;
      if (r >= rounds) times[v].push(t);
    }
  }
  const f = (x) => Number(x.toFixed(3));
  console.log(
    JSON.stringify({
      keys: keys.length > 6 ? `all ${keys.length}` : keys.join(" "),
      A: { p10: f(q(times[0], 0.1)), median: f(q(times[0], 0.5)) },
      B: { p10: f(q(times[1], 0.1)), median: f(q(times[1], 0.5)) },
    }),
  );
}
