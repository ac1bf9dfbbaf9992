import { BAR_COLUMNS, type Bars } from "../../data/bars.js";
import type { BarLabels } from "../../market-time/labels.js";
import type { FeatureSource } from "../contract.js";
import { NO_EXTERNALS } from "../providers.js";
import { SourceRecord } from "../source.js";
import { isNumericColumn, type NumericColumn, sharedColumn } from "./shared-memory.js";

/**
 * A feature source as the worker receives it: every typed-array column of the bars and labels,
 * SAB-backed (shared, not cloned, by postMessage). The contract's columns are read as any reader
 * reads them (through getters too), and every other own typed-array field is taken as well, so a
 * column added to `Bars` or `BarLabels` later reaches the worker. Externals never cross: only features that
 * read none run there.
 */
export interface SourceTransfer {
  readonly symbol: Bars["symbol"];
  readonly contract: string | undefined;
  readonly length: number;
  readonly labelsLength: number;
  readonly bars: Readonly<Record<string, NumericColumn>>;
  readonly labels: Readonly<Record<string, NumericColumn>>;
}

/** One job: compute the columns of `keys` (canonical keys of built-in features) into `outs`. */
export interface WorkerJob {
  readonly id: number;
  readonly source: SourceTransfer;
  readonly keys: readonly string[];
  readonly outs: readonly Float64Array[];
}

/** The label contract's columns (BarLabels), read through any getter, as every reader reads them. */
const LABEL_COLUMN_NAMES = ["open", "tradeDate", "clearingDate", "session", "segment", "etMinute"] as const;

/** The named columns (getters included) and every other own typed-array field, SAB-backed. */
function sharedColumns(obj: object, names: readonly string[], rows: number): Record<string, NumericColumn> {
  const cols: Record<string, NumericColumn> = {};
  for (const [name, value] of Object.entries(obj)) {
    if (isNumericColumn(value)) cols[name] = sharedColumn(value, rows);
  }
  for (const name of names) {
    const value: unknown = (obj as Record<string, unknown>)[name];
    if (!(name in cols) && isNumericColumn(value)) cols[name] = sharedColumn(value, rows);
  }
  return cols;
}

// Per source object, so a FeatureFrame build and repeated batches do not walk the columns again.
const transfers = new WeakMap<FeatureSource, SourceTransfer>();

/** The source's columns as SAB-backed arrays (the SAB-backed ones as they are, others copied once). */
export function sourceTransfer(src: FeatureSource): SourceTransfer {
  const n = src.bars.length;
  const hit = transfers.get(src);
  if (hit !== undefined && hit.length === n) return hit;
  const t: SourceTransfer = {
    symbol: src.bars.symbol,
    contract: src.bars.contract,
    length: n,
    labelsLength: src.labels.length,
    bars: sharedColumns(src.bars, BAR_COLUMNS, n),
    labels: sharedColumns(src.labels, LABEL_COLUMN_NAMES, src.labels.length),
  };
  transfers.set(src, t);
  return t;
}

/** The worker's view of a transferred source, with no external inputs. */
export function rebuildSource(t: SourceTransfer): FeatureSource {
  const bars = { ...t.bars, symbol: t.symbol, contract: t.contract, length: t.length } as unknown as Bars;
  const labels = { ...t.labels, length: t.labelsLength } as unknown as BarLabels;
  return new SourceRecord(bars, labels, NO_EXTERNALS);
}
