import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { SessionkitError } from "../../errors/index.js";
import type { Bars, Root } from "../bars.js";
import { lowerBound, sliceBars } from "../bars-ops.js";
import { nodeWriteIo, type WriteIo } from "./atomic-write.js";
import { readBarCache, writeBarCache } from "./bar-cache.js";
import { mergeBars } from "./merge.js";
import { readBarsParquet, writeBarsParquet } from "./parquet.js";

/**
 * On-disk bars: `<dir>/<ROOT>/<CONTRACT>.parquet` (one file per contract month; bars without a contract
 * go to one file per UTC month, `<ROOT>-YYYY-MM.parquet`) plus a fast binary cache per file in
 * `<dir>/<ROOT>/.cache/`, rebuilt whenever the Parquet file's size or mtime changes. Writes are atomic.
 */
export class BarStore {
  constructor(
    readonly dir: string,
    private readonly io: WriteIo = nodeWriteIo,
  ) {}

  fileOf(symbol: Root, key: string): string {
    return join(this.dir, symbol, `${key}.parquet`);
  }

  private cacheOf(symbol: Root, key: string): string {
    return join(this.dir, symbol, ".cache", `${key}.skbars`);
  }

  /** Stores bars, merging with what the store already holds for the same file (incoming bars win). */
  put(bars: Bars): string[] {
    mkdirSync(join(this.dir, bars.symbol, ".cache"), { recursive: true });
    const written: string[] = [];
    for (const [key, part] of this.partition(bars)) {
      const file = this.fileOf(bars.symbol, key);
      const merged = existsSync(file) ? mergeBars(readBarsParquet(file, bars.symbol), part) : part;
      writeBarsParquet(file, merged, this.io);
      writeBarCache(this.cacheOf(bars.symbol, key), merged, sourceKey(file), this.io);
      written.push(file);
    }
    return written;
  }

  private partition(bars: Bars): [string, Bars][] {
    if (bars.contract !== undefined) return [[bars.contract, bars]];
    const parts: [string, Bars][] = [];
    let start = 0;
    while (start < bars.length) {
      const d = new Date(bars.time[start]!);
      const end = lowerBound(bars.time, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      const key = `${bars.symbol}-${d.toISOString().slice(0, 7)}`;
      parts.push([key, sliceBars(bars, start, end)]);
      start = end;
    }
    return parts;
  }

  /** Keys (contracts or months) stored for a symbol, in name order. */
  keys(symbol: Root): string[] {
    const d = join(this.dir, symbol);
    if (!existsSync(d)) return [];
    return readdirSync(d)
      .filter((f) => f.endsWith(".parquet") && !f.startsWith("."))
      .map((f) => f.slice(0, -".parquet".length))
      .sort();
  }

  /** Bars of one stored file, from the fast cache when it is current, else from Parquet (then cached). */
  read(symbol: Root, key: string): Bars {
    const file = this.fileOf(symbol, key);
    if (!existsSync(file)) {
      throw new SessionkitError("SK_DATA_NOT_FOUND", `${file}: no stored bars for ${symbol} ${key}`, {
        file,
        value: key,
      });
    }
    const sk = sourceKey(file);
    const cached = readBarCache(this.cacheOf(symbol, key), sk);
    if (cached !== undefined) return cached;
    const bars = readBarsParquet(file, symbol);
    mkdirSync(join(this.dir, symbol, ".cache"), { recursive: true });
    writeBarCache(this.cacheOf(symbol, key), bars, sk, this.io);
    return bars;
  }

  /** Every stored file of a symbol, ordered by first bar time. */
  readAll(symbol: Root): Bars[] {
    return this.keys(symbol)
      .map((k) => this.read(symbol, k))
      .filter((b) => b.length > 0)
      .sort((a, b) => a.time[0]! - b.time[0]!);
  }
}

/** Identity of a source file for cache invalidation: size and modification time. */
export function sourceKey(file: string): string {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
}
