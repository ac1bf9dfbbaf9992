import { basename } from "node:path";
import type { Bars } from "../bars.js";
import { createBars } from "../bars-ops.js";
import type { DataCalendar } from "../quality/calendar.js";
import { finalizeRows } from "../quality/finalize.js";
import { type QualityOptions, resolvePolicy } from "../quality/policy.js";
import { FindingCollector, type QualityReport } from "../quality/report.js";
import { RowSink } from "../quality/row-sink.js";
import { readFileChunks } from "./byte-source.js";
import { parseCsv } from "./csv.js";
import { checkDataPath } from "./data-path.js";
import { type Instrument, resolveInstrument } from "./instrument.js";
import { parseNinjaTrader } from "./ninjatrader.js";
import { parseProjectXJson } from "./projectx-json.js";

export type BarFileFormat = "csv" | "ninjatrader" | "projectx-json";

export interface ImportOptions extends QualityOptions {
  /** Root (ES) or contract (ESM26); overrides the file name and manifest. */
  readonly symbol?: string;
  /** Overrides detection from the file name (.csv, .txt, .json, each optionally .gz). */
  readonly format?: BarFileFormat;
  /** Enables the closed-market and gap checks. Without it those two checks are skipped. */
  readonly calendar?: DataCalendar;
}

export interface ImportResult {
  readonly bars: Bars;
  readonly instrument: Instrument;
  readonly format: BarFileFormat;
  readonly report: QualityReport;
}

export function detectFormat(file: string): BarFileFormat {
  const name = basename(file).toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".json")) return "projectx-json";
  if (name.endsWith(".txt")) return "ninjatrader";
  return "csv";
}

/**
 * Imports one bar file by streaming it through the format's byte parser into typed columns, then runs
 * the dataset checks. Throws SK_DATA_UNREADABLE / SK_DATA_HEADER for a file that is missing, a directory
 * or cannot be read, and SK_DATA_REJECTED when a finding's policy is `reject`; everything else is in
 * `report`.
 */
export async function importBarFile(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  checkDataPath(file);
  const instrument = resolveInstrument(file, options.symbol);
  const format = options.format ?? detectFormat(file);
  const collector = new FindingCollector(file, resolvePolicy(options.policy), options.maxFindingsPerKind ?? 1000);
  const sink = new RowSink(collector);
  const chunks = readFileChunks(file);
  if (format === "csv") await parseCsv(chunks, file, sink);
  else if (format === "ninjatrader") await parseNinjaTrader(chunks, file, sink);
  else await parseProjectXJson(chunks, file, sink);
  const rows = sink.builder.finish();
  if (format === "projectx-json") reverseIfDescending(rows);
  const clean = finalizeRows(rows, collector, options.calendar, options.maxMissingOpenMinutes ?? 15);
  const bars = createBars({ symbol: instrument.root, contract: instrument.contract, ...clean });
  return { bars, instrument, format, report: collector.report(sink.rowsRead, bars.length) };
}

/** ProjectX sends newest first; that order is the contract, not a finding, so flip it before checking. */
function reverseIfDescending(rows: ReturnType<RowSink["builder"]["finish"]>): void {
  const n = rows.time.length;
  if (n < 2 || !(rows.time[0]! > rows.time[n - 1]!)) return;
  for (const col of [rows.time, rows.open, rows.high, rows.low, rows.close, rows.volume, rows.line]) col.reverse();
}
