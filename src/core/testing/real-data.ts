// For the repository's own real-data tests (strategy plugins): drive a strategy over the bars in
// ../shared/data (import → CME labels → registry features → event-exact backtest). Nothing in the product
// depends on that data; these helpers throw when it is absent.
import { join } from "node:path";
import { runBacktest } from "../backtest/engine.js";
import type { BacktestOptions } from "../backtest/options.js";
import { type FeatureColumnSource, registryColumns } from "../backtest/prepare.js";
import type { BacktestResult } from "../backtest/result.js";
import type { Bars } from "../data/bars.js";
import { importBarFile } from "../data/import/import-file.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import { featureSource } from "../features/source.js";
import { labelBars } from "../market-time/index.js";
import type { BarLabels } from "../market-time/labels.js";
import type { AnyStrategy } from "../strategy/index.js";
import { isEntry, type Signal } from "../strategy/signal.js";
import { sharedDataDir } from "./shared-data.js";

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

export interface Dataset {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly columns: FeatureColumnSource;
}

const cache = new Map<string, Promise<Dataset>>();

/** Loads, labels and prepares feature columns for one shared file (cached per process). */
export function dataset(file: string): Promise<Dataset> {
  let d = cache.get(file);
  if (d === undefined) {
    d = (async () => {
      const { bars } = await importBarFile(join(sharedDataDir(), file));
      const labels = labelBars(bars.time);
      const columns = registryColumns(createFeatureRegistry(), featureSource(bars, labels));
      return { bars, labels, columns };
    })();
    cache.set(file, d);
  }
  return d;
}

export async function backtestFile(
  strategy: AnyStrategy,
  file: string,
  params?: Record<string, unknown>,
  options: BacktestOptions = {},
): Promise<BacktestResult> {
  const { bars, labels, columns } = await dataset(file);
  return runBacktest({ strategy, bars, labels, features: columns, ...(params ? { params } : {}) }, options);
}

/** Trade dates the strategy decided on and the largest run of them without an entry. */
export function coverage(r: BacktestResult): { dates: number; trades: number; longestIdle: number } {
  const entered = new Set(r.trades.map((t) => t.tradeDate));
  let run = 0;
  let longest = 0;
  for (const d of r.tradeDates) {
    run = entered.has(d) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return { dates: r.tradeDates.length, trades: r.trades.length, longestIdle: longest };
}

export interface GoldenTrade {
  readonly entryTime: string;
  readonly side: string;
  readonly entry: number;
  readonly stop: number | undefined;
  readonly target: number | undefined;
  readonly exitTime: string;
  readonly exit: number;
  readonly reason: string;
  readonly tags: string;
}

/** Runs a backtest and joins each trade with the entry signal decided on the bar before its fill. */
export async function tradesWithSignals(
  strategy: AnyStrategy,
  file: string,
  options: BacktestOptions = {},
  params?: Record<string, unknown>,
): Promise<{ result: BacktestResult; trades: GoldenTrade[]; decisions: Map<number, Signal> }> {
  const decisions = new Map<number, Signal>();
  const result = await backtestFile(strategy, file, params, {
    ...options,
    onDecision: (i, s) => {
      if (s.kind !== "hold") decisions.set(i, s);
    },
  });
  const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
  const trades = result.trades.map((t) => {
    const s = decisions.get(t.entryIndex - 1);
    const e = s !== undefined && isEntry(s) ? s : undefined;
    return {
      entryTime: iso(t.entryTime),
      side: t.side,
      entry: t.entryPrice,
      stop: e?.stop,
      target: e?.target,
      exitTime: iso(t.exitTime),
      exit: t.exitPrice,
      reason: t.exitReason,
      tags: t.tags.join(","),
    };
  });
  return { result, trades, decisions };
}

/** The first `n` bars of a dataset with their labels, as an independent copy. */
export function head(d: Dataset, n: number): { bars: Bars; labels: BarLabels } {
  const c = (a: Float64Array) => a.slice(0, n);
  const b = d.bars;
  const bars: Bars = {
    symbol: b.symbol,
    contract: b.contract,
    length: n,
    time: c(b.time),
    open: c(b.open),
    high: c(b.high),
    low: c(b.low),
    close: c(b.close),
    volume: c(b.volume),
  };
  return { bars, labels: labelBars(bars.time) };
}
