// TEST-ONLY: drives S3 through the backtest engine over real or hand-made bars. The engine, the
// importer and the feature registry are not on the public "sessionkit" surface yet, so tests reach
// them here, in one place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { BacktestOptions, BacktestResult } from "../../../../src/core/backtest/index.js";
import { registryColumns, runBacktest } from "../../../../src/core/backtest/index.js";
import type { Bars } from "../../../../src/core/data/bars.js";
import { createBars, sliceByTime } from "../../../../src/core/data/bars-ops.js";
import { importBarFile } from "../../../../src/core/data/import/import-file.js";
import { createFeatureRegistry } from "../../../../src/core/features/default-registry.js";
import { featureSource } from "../../../../src/core/features/source.js";
import { labelBars } from "../../../../src/core/market-time/default-clock.js";
import type { BarLabels } from "../../../../src/core/market-time/labels.js";
import type { ParamValues } from "../../../../src/core/params/param-set.js";
import { sharedDataDir } from "../../../../src/core/testing/shared-data.js";
import { s3Strategy } from "../strategy.js";

export type { BacktestResult, BarLabels, Bars };

export const SHARED_FILES = [
  "ESH26_1m.csv.gz",
  "ESM26_1m.csv.gz",
  "MESM26_1m.csv.gz",
  "MESZ25_1m.csv.gz",
  "NQM26_1m.csv.gz",
  "MNQM26_1m.csv.gz",
  "MNQZ25_1m.csv.gz",
  "MNQU25_1m.csv.gz",
] as const;

export async function loadShared(file: string, fromIso?: string, toIso?: string): Promise<Bars> {
  const { bars } = await importBarFile(join(sharedDataDir(), file));
  if (fromIso === undefined || toIso === undefined) return bars;
  return sliceByTime(bars, Date.parse(fromIso), Date.parse(toIso));
}

/** Runs S3 over `bars` with the given parameter values (schema defaults when omitted). */
export function runS3(
  bars: Bars,
  params?: ParamValues,
  options: BacktestOptions = {},
  labels: BarLabels = labelBars(bars.time),
): BacktestResult {
  const features = registryColumns(createFeatureRegistry(), featureSource(bars, labels));
  return runBacktest({ strategy: s3Strategy, bars, labels, features, params }, options);
}

/** Distinct trade dates of the bars. */
export function tradeDateCount(labels: BarLabels): number {
  const seen = new Set<number>();
  for (let i = 0; i < labels.length; i++) if (labels.tradeDate[i]! > 0) seen.add(labels.tradeDate[i]!);
  return seen.size;
}

/**
 * Synchronous reader of a shared `timestamp,open,high,low,close,volume` file, sliced to [from, to)
 * (the conformance kit takes its data from a synchronous function).
 */
export function loadSharedSync(file: string, fromIso: string, toIso: string): { bars: Bars; labels: BarLabels } {
  const text = gunzipSync(readFileSync(join(sharedDataDir(), file))).toString("utf8");
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  const rows: number[][] = [];
  for (const line of text.split("\n").slice(1)) {
    if (line === "") continue;
    const f = line.split(",");
    const t = Date.parse(f[0] as string);
    if (t >= from && t < to) rows.push([t, ...f.slice(1).map(Number)]);
  }
  const col = (k: number) => Float64Array.from(rows, (r) => r[k] as number);
  const root = file.replace(/[FGHJKMNQUVXZ]\d\d_1m\.csv\.gz$/, "") as Bars["symbol"];
  const bars = createBars({
    symbol: root,
    time: col(0),
    open: col(1),
    high: col(2),
    low: col(3),
    close: col(4),
    volume: col(5),
  });
  return { bars, labels: labelBars(bars.time) };
}
