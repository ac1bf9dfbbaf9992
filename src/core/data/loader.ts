import { homedir } from "node:os";
import { join } from "node:path";
import { createToken } from "../di/token.js";
import type { BarLabels } from "../market-time/labels.js";
import type { Bars, Root } from "./bars.js";
import type { QualityReport } from "./quality/report.js";

/** A dataset ready for features and strategies: bars, their market-time labels, and where they came from. */
export interface LoadedData {
  readonly bars: Bars;
  readonly labels: BarLabels;
  /** The quality report of an imported file; undefined for store, source-plugin or synthetic data. */
  readonly report: QualityReport | undefined;
  /** A file path, "store", "synthetic", or the name of the plugin that supplied the bars. */
  readonly source: string;
}

export interface SymbolRange {
  /** Epoch ms, inclusive. */
  readonly from?: number;
  /** Epoch ms, exclusive. */
  readonly to?: number;
}

/**
 * Loads datasets for commands and plugins: a bar file (quality-checked, cached), or a symbol through the
 * `data.source` bail hook (the built-in bar store answers last). Every load fires `data.loaded`.
 */
export interface DataLoader {
  loadFile(file: string, options?: { readonly symbol?: string }): Promise<LoadedData>;
  loadSymbol(symbol: Root, range?: SymbolRange): Promise<LoadedData>;
}

export const DataLoaderToken = createToken<DataLoader>("DataLoader");

/** Where imported files are cached: $SESSIONKIT_CACHE_DIR, else ~/.cache/sessionkit/bars. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SESSIONKIT_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "sessionkit", "bars");
}
