import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Bars, Root } from "../../core/data/bars.js";
import { sliceBars } from "../../core/data/bars-ops.js";
import { buildContinuous } from "../../core/data/continuous.js";
import { checkDataPath } from "../../core/data/import/data-path.js";
import { resolveInstrument } from "../../core/data/import/instrument.js";
import type { DataLoader } from "../../core/data/loader.js";
import { synthBars } from "../../core/data/synth/synth-bars.js";
import { SessionkitError } from "../../core/errors/index.js";
import type { BarLabels } from "../../core/market-time/labels.js";
import { checkDateRange, dateArg } from "../arg-parsers.js";

/** The synthetic default: eight weeks of seeded bars, so `sessionkit backtest` runs on a fresh machine. */
export const SYNTHETIC_DEFAULT = Object.freeze({ from: "2026-01-05", to: "2026-02-27", seed: 1 });

export interface DataRequest {
  readonly data?: string;
  readonly synthetic?: boolean;
  readonly symbol?: string;
  /** Trade dates YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly seed?: number;
}

/** Where files are read and how bars are labelled: the bot's DataLoader (cached import) and MarketClock. */
export interface DataDeps {
  readonly loader: Pick<DataLoader, "loadFile">;
  readonly clock: { labelBars(time: Float64Array): BarLabels };
}

export interface LoadedData {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly source: string;
  /** First bar whose trade date is >= from (entries start there; earlier bars warm indicators up). */
  readonly entryFrom: number | undefined;
  /** The directory given as --data (its other roots can serve as peers), else undefined. */
  readonly dir: string | undefined;
}

const BAR_FILE = /\.(csv|txt|json)(\.gz)?$/i;
const ymd = (s: string) => Number(s.replaceAll("-", ""));

/** The bar files of `dir` with the root each belongs to (files without a recognisable instrument are skipped). */
function barFilesIn(dir: string): { file: string; root: Root }[] {
  const found: { file: string; root: Root }[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!BAR_FILE.test(name)) continue;
    try {
      found.push({ file: join(dir, name), root: resolveInstrument(join(dir, name)).root });
    } catch {
      // not a recognisable instrument file name (and no manifest entry): not a bar file of this dataset
    }
  }
  return found;
}

/** The bar files of `dir` whose instrument is `symbol` (or the first root found when none is given). */
function filesOf(dir: string, symbol: string | undefined): { files: string[]; root: Root } {
  const found = barFilesIn(dir);
  const root = (symbol?.toUpperCase() ?? found[0]?.root) as Root | undefined;
  const files = found.filter((f) => f.root === root).map((f) => f.file);
  if (root === undefined || files.length === 0) {
    throw new SessionkitError(
      "SK_BACKTEST_NO_DATA",
      `backtest: no bar files${symbol ? ` for ${symbol}` : ""} in ${dir}.`,
      {
        file: dir,
        value: symbol,
      },
    );
  }
  return { files, root };
}

/** One root's files loaded through the DataLoader, contracts stitched into one continuous series. */
async function loadFiles(files: readonly string[], deps: DataDeps): Promise<Bars> {
  const parts: Bars[] = [];
  for (const f of files) parts.push((await deps.loader.loadFile(f)).bars);
  return parts.length === 1 ? (parts[0] as Bars) : buildContinuous(parts, deps.clock).bars;
}

/**
 * The bars of the first of `roots` that has bar files in `dir` (S6's peer instrument), stitched like
 * the data's own; undefined when none has.
 */
export async function loadPeerBars(
  dir: string,
  roots: readonly Root[],
  deps: DataDeps,
): Promise<{ root: Root; bars: Bars; files: number } | undefined> {
  const found = barFilesIn(dir);
  for (const root of roots) {
    const files = found.filter((f) => f.root === root).map((f) => f.file);
    if (files.length > 0) return { root, bars: await loadFiles(files, deps), files: files.length };
  }
  return undefined;
}

/** Loads the bars a backtest runs on: a file, a directory (contracts stitched), or the synthetic default. */
export async function loadBacktestData(req: DataRequest, deps: DataDeps): Promise<LoadedData> {
  // the CLI parses these already (arg-parsers); checked again for other callers
  if (req.from !== undefined) dateArg("--from")(req.from);
  if (req.to !== undefined) dateArg("--to")(req.to);
  checkDateRange(req.from, req.to);
  if (req.data !== undefined && req.synthetic) {
    throw new SessionkitError("SK_CLI_USAGE", "backtest: --data and --synthetic cannot be used together.", {
      path: "--synthetic",
      value: req.data,
    });
  }
  const { clock, loader } = deps;
  let bars: Bars;
  let source: string;
  let dir: string | undefined;
  if (req.data === undefined) {
    const from = req.from ?? SYNTHETIC_DEFAULT.from;
    const to = req.to ?? SYNTHETIC_DEFAULT.to;
    const seed = req.seed ?? SYNTHETIC_DEFAULT.seed;
    bars = synthBars({ symbol: req.symbol ?? "ES", from, to, seed });
    source = `synthetic ${bars.symbol} ${from}..${to} (seed ${seed})`;
  } else if (checkDataPath(req.data, "file-or-dir") === "dir") {
    const { files } = filesOf(req.data, req.symbol);
    bars = await loadFiles(files, deps);
    dir = req.data;
    source = `${req.data} (${files.length} file${files.length === 1 ? "" : "s"})`;
  } else {
    bars = (await loader.loadFile(req.data, req.symbol === undefined ? {} : { symbol: req.symbol })).bars;
    source = req.data;
  }
  let labels = clock.labelBars(bars.time);
  if (req.to !== undefined) {
    const last = ymd(req.to);
    let end = bars.length;
    while (end > 0 && ((labels.tradeDate[end - 1] as number) > last || labels.tradeDate[end - 1] === 0)) end--;
    bars = sliceBars(bars, 0, end);
    labels = clock.labelBars(bars.time);
  }
  let entryFrom: number | undefined;
  if (req.from !== undefined) {
    const first = ymd(req.from);
    const k = labels.tradeDate.findIndex((d) => d >= first);
    entryFrom = k < 0 ? Number.POSITIVE_INFINITY : (bars.time[k] as number);
  }
  if (bars.length === 0 || entryFrom === Number.POSITIVE_INFINITY) {
    throw new SessionkitError(
      "SK_BACKTEST_NO_DATA",
      `backtest: no bars in ${source} for ${req.from ?? "…"}..${req.to ?? "…"}.`,
      {
        value: source,
      },
    );
  }
  return { bars, labels, source, entryFrom, dir };
}
