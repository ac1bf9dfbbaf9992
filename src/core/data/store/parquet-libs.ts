import { createRequire } from "node:module";
import type * as Arrow from "apache-arrow";
import type * as Parquet from "parquet-wasm";

/** The two libraries behind the Parquet store. */
export interface ParquetLibs {
  readonly arrow: typeof Arrow;
  readonly pq: typeof Parquet;
}

const requireHere = createRequire(import.meta.url);
let libs: ParquetLibs | undefined;

/**
 * apache-arrow and parquet-wasm, loaded on the first Parquet read or write instead of with the data
 * module: together they take ~110 ms to load and keep ~4 MB on the JS heap, which every process
 * importing `sessionkit` paid (the CLI's cold start included) and every full GC then marked, while
 * only the bar store's Parquet files use them. Loaded through `require` (both ship CommonJS builds
 * for Node) so the store's API stays synchronous.
 */
export function parquetLibs(): ParquetLibs {
  libs ??= { arrow: requireHere("apache-arrow") as typeof Arrow, pq: requireHere("parquet-wasm") as typeof Parquet };
  return libs;
}
