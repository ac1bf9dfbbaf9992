// TEST-ONLY: drives S3 through the backtest engine over real bars. The feature registry, the decide
// cursor and the shared-data locator are not on the public "sessionkit" surface, so tests reach them
// here, in one place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  type BacktestOptions,
  type BacktestResult,
  type BarLabels,
  type Bars,
  createBars,
  importBarFile,
  labelBars,
  type ParamValues,
  registryColumns,
  runBacktest,
  sliceByTime,
} from "sessionkit";
import { createFeatureRegistry } from "../../../../src/core/features/default-registry.js";
import { featureSource } from "../../../../src/core/features/source.js";
import { StrategyCursor } from "../../../../src/core/strategy/cursor.js";
import { PositionState } from "../../../../src/core/strategy/position-state.js";
import { sharedDataDir } from "../../../../src/core/testing/shared-data.js";
import type { S3Context, S3Values } from "../context.js";
import { s3Features } from "../features.js";
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

/** A decide context over real bars with S3's real feature columns; move it with `cursor.i`. */
export function realContext(data: { bars: Bars; labels: BarLabels }, params: S3Values) {
  const columns = registryColumns(createFeatureRegistry(), featureSource(data.bars, data.labels));
  const decl = s3Features(params);
  const names = Object.keys(decl) as (keyof typeof decl)[];
  const cursor = new StrategyCursor({
    strategyId: "S3",
    bars: data.bars,
    labels: data.labels,
    features: { names, columns: names.map((n) => columns.column(decl[n])) },
    position: new PositionState(),
    state: {},
  });
  cursor.params = params;
  return { cursor, ctx: cursor.ctx as unknown as S3Context };
}
