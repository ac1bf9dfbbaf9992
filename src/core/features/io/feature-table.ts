import type * as Arrow from "apache-arrow";
import { parquetLibs } from "../../data/store/parquet-libs.js";
import { SessionkitError } from "../../errors/index.js";

/** Feature columns with their bar times, as `features compute` writes them. */
export interface FeatureTable {
  readonly time: Float64Array;
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
}

const encoder = new TextEncoder();
const ROWS_PER_CHUNK = 4096;

/**
 * CSV: header `timestamp,<names>`, one row per bar in input order, the timestamp as ISO-8601 UTC
 * with milliseconds and every value in JavaScript's shortest round-trip form (`String(x)`), never
 * rounded. Returned as UTF-8 chunks so a large table never becomes one giant string.
 */
export function encodeFeatureCsv(t: FeatureTable): Uint8Array[] {
  const chunks: Uint8Array[] = [encoder.encode(`timestamp,${t.names.join(",")}\n`)];
  const n = t.time.length;
  for (let start = 0; start < n; start += ROWS_PER_CHUNK) {
    const end = Math.min(n, start + ROWS_PER_CHUNK);
    let s = "";
    for (let i = start; i < end; i++) {
      s += new Date(t.time[i]!).toISOString();
      for (const col of t.columns) s += `,${String(col[i])}`;
      s += "\n";
    }
    chunks.push(encoder.encode(s));
  }
  return chunks;
}

/** Parquet (ZSTD): `timestamp` timestamp[ms, UTC] plus one float64 column per feature; pandas/polars read it as is. */
export function encodeFeatureParquet(t: FeatureTable): Uint8Array {
  const { arrow, pq } = parquetLibs();
  const time = new BigInt64Array(t.time.length);
  for (let i = 0; i < time.length; i++) time[i] = BigInt(t.time[i]!);
  const cols: Record<string, Arrow.Vector> = {
    timestamp: arrow.makeVector({ type: new arrow.TimestampMillisecond("UTC"), data: time }),
  };
  t.names.forEach((name, k) => {
    cols[name] = arrow.makeVector(t.columns[k]!);
  });
  const table = new arrow.Table(cols);
  const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.ZSTD).build();
  return pq.writeParquet(pq.Table.fromIPCStream(arrow.tableToIPC(table, "stream")), props);
}

/** The output format of a path: `.csv` or `.parquet`; anything else is SK_FEATURE_OUTPUT_FORMAT. */
export function outputFormatOf(path: string): "csv" | "parquet" {
  const p = path.toLowerCase();
  if (p === "-" || p.endsWith(".csv")) return "csv";
  if (p.endsWith(".parquet")) return "parquet";
  throw new SessionkitError("SK_FEATURE_OUTPUT_FORMAT", `--out ${JSON.stringify(path)}: write .csv or .parquet.`, {
    path: "--out",
    value: path,
    hint: "name the output file *.csv or *.parquet (or - for CSV on stdout).",
  });
}
