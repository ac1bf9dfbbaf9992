import { readFileSync } from "node:fs";
import type * as Arrow from "apache-arrow";
import { SessionkitError } from "../../errors/index.js";
import { type Bars, isRoot, type Root } from "../bars.js";
import { createBars } from "../bars-ops.js";
import { nodeWriteIo, type WriteIo, writeFileAtomic } from "./atomic-write.js";
import { parquetLibs } from "./parquet-libs.js";

/**
 * Parquet files of bars, written with parquet-wasm (Rust `parquet` crate compiled to WASM) from an
 * Arrow table. Columns: `time` timestamp[ms, UTC] (bar open), `open high low close volume` float64,
 * ZSTD-compressed, time delta-encoded; the symbol and contract are in the file's key-value metadata. pandas
 * (`pd.read_parquet`), polars and pyarrow read it as is. STORE.md has the measurements behind the choice.
 */
const META_SYMBOL = "sessionkit.symbol";
const META_CONTRACT = "sessionkit.contract";
const META_VERSION = "sessionkit.format";

export function encodeBarsParquet(bars: Bars): Uint8Array {
  const { arrow, pq } = parquetLibs();
  const time = new BigInt64Array(bars.length);
  const halves = new Int32Array(time.buffer);
  for (let i = 0; i < bars.length; i++) {
    const t = bars.time[i]!;
    const hi = Math.floor(t / 4294967296);
    halves[2 * i] = t - hi * 4294967296;
    halves[2 * i + 1] = hi;
  }
  const table = new arrow.Table({
    time: arrow.makeVector({ type: new arrow.TimestampMillisecond("UTC"), data: time }),
    open: arrow.makeVector(bars.open),
    high: arrow.makeVector(bars.high),
    low: arrow.makeVector(bars.low),
    close: arrow.makeVector(bars.close),
    volume: arrow.makeVector(bars.volume),
  });
  table.schema.metadata.set(META_SYMBOL, bars.symbol);
  table.schema.metadata.set(META_VERSION, "1");
  if (bars.contract !== undefined) table.schema.metadata.set(META_CONTRACT, bars.contract);
  // Minute stamps delta-encode to almost nothing; prices keep dictionary encoding (they repeat a lot).
  const props = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.ZSTD)
    .setColumnDictionaryEnabled("time", false)
    .setColumnEncoding("time", pq.Encoding.DELTA_BINARY_PACKED)
    .build();
  return pq.writeParquet(pq.Table.fromIPCStream(arrow.tableToIPC(table, "stream")), props);
}

export function writeBarsParquet(path: string, bars: Bars, io: WriteIo = nodeWriteIo): void {
  writeFileAtomic(path, [encodeBarsParquet(bars)], io);
}

export function decodeBarsParquet(bytes: Uint8Array, file: string, fallbackSymbol?: Root): Bars {
  const { arrow, pq } = parquetLibs();
  let table: Arrow.Table;
  try {
    table = arrow.tableFromIPC(pq.readParquet(bytes).intoIPCStream());
  } catch (cause) {
    throw new SessionkitError("SK_DATA_STORE_CORRUPT", `${file}: not a readable Parquet file`, { file, cause });
  }
  const symbol = table.schema.metadata.get(META_SYMBOL) ?? fallbackSymbol;
  if (symbol === undefined || !isRoot(symbol)) {
    throw new SessionkitError("SK_DATA_STORE_CORRUPT", `${file}: no sessionkit.symbol metadata`, {
      file,
      value: symbol,
    });
  }
  const n = table.numRows;
  const f64 = (name: string): Float64Array => {
    const v = table.getChild(name);
    if (v === null) {
      throw new SessionkitError("SK_DATA_STORE_CORRUPT", `${file}: column ${name} missing`, { file, path: name });
    }
    const out = new Float64Array(n);
    let at = 0;
    for (const chunk of v.data) {
      const values = chunk.values as Float64Array | BigInt64Array;
      if (values instanceof BigInt64Array) int64ToFloat64(values, chunk.length, out, at);
      else out.set(values.subarray(0, chunk.length), at);
      at += chunk.length;
    }
    return out;
  };
  return createBars({
    symbol,
    contract: table.schema.metadata.get(META_CONTRACT),
    time: f64("time"),
    open: f64("open"),
    high: f64("high"),
    low: f64("low"),
    close: f64("close"),
    volume: f64("volume"),
  });
}

/**
 * int64 → double without a BigInt per value: read the little-endian halves as int32 and combine.
 * Exact for |v| < 2^53, which every epoch-ms timestamp is.
 */
function int64ToFloat64(values: BigInt64Array, n: number, out: Float64Array, at: number): void {
  const halves = new Int32Array(values.buffer, values.byteOffset, n * 2);
  for (let i = 0; i < n; i++) out[at + i] = halves[2 * i + 1]! * 4294967296 + (halves[2 * i]! >>> 0);
}

export function readBarsParquet(path: string, fallbackSymbol?: Root): Bars {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new SessionkitError("SK_DATA_NOT_FOUND", `${path}: cannot be read`, { file: path, cause });
  }
  return decodeBarsParquet(bytes, path, fallbackSymbol);
}
