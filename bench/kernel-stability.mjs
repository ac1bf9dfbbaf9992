#!/usr/bin/env node
// Whether each of S2's kernel passes compiles to the same code in every process: each unit (a shared
// kernel's members together, else one feature) timed in `processes` fresh processes over the last 90
// days of ESM26 (86 k bars), single thread, mean ms of 400 runs after 400 warm-ups. One JSON line per
// unit with the fastest, median and slowest process; slowest/fastest well above ~1.2 means V8 left
// the loop in slower code in some processes (see "One compiled shape per process" in the features
// README). Usage: npm run build && node bench/kernel-stability.mjs [processes=8] [first key of one unit]
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { S2_KERNEL_UNITS } from "./s2-kernel-units.mjs";

const UNITS = S2_KERNEL_UNITS;

// KERNEL_DIST=<dir> times another build (e.g. a copy of dist before a change) with the same bars.
const distDir =
  process.env.KERNEL_DIST === undefined
    ? new URL("../dist/", import.meta.url)
    : pathToFileURL(`${resolve(process.env.KERNEL_DIST)}/`);
const dist = (p) => JSON.stringify(fileURLToPath(new URL(p, distDir)));
const child = (keys) => `
const { last90Days } = await import(${JSON.stringify(fileURLToPath(new URL("./last-90-days.mjs", import.meta.url)))});
const { createFeatureRegistry, featureSource } = await import(${dist("core/features/index.js")});
const { computeColumns } = await import(${dist("core/features/feature-set.js")});
const { bars, labels } = await last90Days();
const registry = createFeatureRegistry();
const defs = ${JSON.stringify(keys)}.map((k) => registry.resolve(k));
const outs = defs.map(() => new Float64Array(bars.length));
const once = () => computeColumns(featureSource(bars, labels), defs, outs, { registry, threads: 1 });
for (let r = 0; r < 400; r++) once();
const t0 = performance.now();
for (let r = 0; r < 400; r++) once();
console.log((performance.now() - t0) / 400);
`;

const processes = Number(process.argv[2] ?? 8);
const only = process.argv[3];
for (const keys of UNITS.filter((u) => only === undefined || u[0] === only)) {
  const ms = [];
  for (let p = 0; p < processes; p++) {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", child(keys)], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${keys.join(" ")}: ${run.stderr}`);
    ms.push(Number(run.stdout.trim()));
  }
  ms.sort((a, b) => a - b);
  const r = (x) => Number(x.toPrecision(4));
  const line = { name: `features.stability.${keys[0]}`, value: r(ms[ms.length >> 1]), unit: "ms", n: 86_002 };
  process.stdout.write(`${JSON.stringify({ ...line, keys, processes, fastest: r(ms[0]), slowest: r(ms.at(-1)) })}\n`);
}
