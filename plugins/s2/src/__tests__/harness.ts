// TEST-ONLY: loads the shared CME files and runs S2 through the backtest engine, recording the entry
// signals so trades can be reported with the stop and target they were sent with.
import { join } from "node:path";
import {
  type BacktestInput,
  type BacktestOptions,
  type BacktestResult,
  type BarLabels,
  type Bars,
  createFeatureRegistry,
  type EntrySignal,
  featureSource,
  importBarFile,
  isEntry,
  labelBars,
  registryColumns,
  runBacktest,
  type Signal,
} from "sessionkit";
import { sharedDataDir } from "sessionkit/testing";
import { s2Strategy } from "../strategy.js";

export interface Loaded {
  readonly bars: Bars;
  readonly labels: BarLabels;
}

const cache = new Map<string, Promise<Loaded>>();

export function loadShared(file: string): Promise<Loaded> {
  let p = cache.get(file);
  if (p === undefined) {
    p = importBarFile(join(sharedDataDir(), file)).then((r) => ({ bars: r.bars, labels: labelBars(r.bars.time) }));
    cache.set(file, p);
  }
  return p;
}

export interface TradeRow {
  readonly decided: string;
  readonly side: string;
  readonly entryType: string;
  readonly limit: number | undefined;
  readonly stop: number | undefined;
  readonly target: number | undefined;
  readonly filled: string;
  readonly entry: number;
  readonly exit: number;
  readonly exitTime: string;
  readonly reason: string;
  readonly tags: string;
}

export interface S2Run {
  readonly result: BacktestResult;
  readonly decisions: Map<number, Signal>;
  readonly rows: TradeRow[];
}

/**
 * S2 over `data` (guarded unless options say otherwise), on freshly computed feature columns unless
 * `features` is given: runs over one given source see the same column objects, as optimizer trials
 * over a FeatureFrame do (S2's screen then reads its screen columns from the second run on).
 */
export function runS2(
  data: Loaded,
  options: BacktestOptions = {},
  params?: BacktestInput["params"],
  features: BacktestInput["features"] = registryColumns(createFeatureRegistry(), featureSource(data.bars, data.labels)),
): S2Run {
  const decisions = new Map<number, Signal>();
  const result = runBacktest(
    {
      strategy: s2Strategy,
      bars: data.bars,
      labels: data.labels,
      features,
      params,
    },
    {
      guard: true,
      ...options,
      onDecision: (i, s) => {
        if (s.kind !== "hold") decisions.set(i, s);
      },
    },
  );
  const entries = [...decisions.entries()].filter(([, s]) => isEntry(s)) as [number, EntrySignal][];
  const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
  const rows = result.trades.map((t) => {
    let at = -1;
    let sig: EntrySignal | undefined;
    for (const [i, s] of entries) if (i < t.entryIndex) [at, sig] = [i, s];
    return {
      decided: at < 0 ? "" : iso(data.bars.time[at] as number),
      side: t.side,
      entryType: sig?.entryType ?? "",
      limit: sig?.entryPrice,
      stop: sig?.stop,
      target: sig?.target,
      filled: iso(t.entryTime),
      entry: t.entryPrice,
      exit: t.exitPrice,
      exitTime: iso(t.exitTime),
      reason: t.exitReason,
      tags: t.tags.join(","),
    };
  });
  return { result, decisions, rows };
}
