import { renderBars, synthBars, writeBarsParquet, writeBarsText } from "../../core/data/index.js";
import { checkDateRange } from "../arg-parsers.js";

export interface DataSynthOptions {
  readonly symbol: string;
  readonly from: string;
  readonly to: string;
  /** An integer (the CLI parses --seed with integerArg). */
  readonly seed: number;
  readonly out?: string;
  readonly json?: boolean;
}

/** `data synth`: seeded bars to a .csv/.csv.gz/.txt/.json/.parquet file, or CSV on stdout without --out. */
export function runDataSynth(o: DataSynthOptions, write: (s: string) => void): string | undefined {
  const seed = o.seed;
  checkDateRange(o.from, o.to);
  const bars = synthBars({ symbol: o.symbol, from: o.from, to: o.to, seed });
  if (o.out === undefined) {
    for (const block of renderBars(bars, "csv")) write(block);
    return undefined;
  }
  const name = o.out.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet")) writeBarsParquet(o.out, bars);
  else
    writeBarsText(
      o.out,
      bars,
      name.endsWith(".json") ? "projectx-json" : name.endsWith(".txt") ? "ninjatrader" : "csv",
    );
  const first = bars.length > 0 ? new Date(bars.time[0]!).toISOString() : null;
  const last = bars.length > 0 ? new Date(bars.time[bars.length - 1]!).toISOString() : null;
  const result = {
    out: o.out,
    symbol: bars.symbol,
    bars: bars.length,
    firstBar: first,
    lastBar: last,
    seed,
  };
  return o.json
    ? JSON.stringify(result)
    : `${o.out}: ${bars.length} synthetic ${bars.symbol} bars ${first} .. ${last} (seed ${o.seed})`;
}
