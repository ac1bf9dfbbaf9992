#!/usr/bin/env node
// Runs every bench/*.bench.mjs against the built package (dist/) and prints one JSON line per
// measure: {name, value, unit, n}. Each bench module exports `run(report)`; `report` prints a line.
// Usage: node bench/run.mjs [filter]   (filter matches bench file names)
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? "";
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs") && f.includes(filter))
  .sort();

const UNITS = new Set(["ns", "us", "ms", "s", "bars/s", "MB"]);
function report({ name, value, unit, n, ...extra }) {
  if (!UNITS.has(unit)) throw new Error(`bench ${name}: unit ${unit} is not one of ${[...UNITS].join(", ")}`);
  if (!Number.isFinite(value)) throw new Error(`bench ${name}: value ${value} is not finite`);
  process.stdout.write(`${JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, n, ...extra })}\n`);
}

for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  await mod.run(report);
}
