import { resolve } from "node:path";
import { BarStore, importBarFile } from "../../core/data/index.js";
import { defaultMarketClock } from "../../core/market-time/index.js";

export interface DataImportOptions {
  readonly symbol?: string;
  readonly store: string;
  readonly json?: boolean;
}

/** `data import`: each file → quality-checked bars → the store (one Parquet per contract month). */
export async function runDataImport(files: readonly string[], o: DataImportOptions): Promise<string> {
  const store = new BarStore(resolve(o.store));
  const results = [];
  for (const file of files) {
    const { bars, report, instrument } = await importBarFile(file, {
      symbol: o.symbol,
      calendar: defaultMarketClock(),
    });
    const written = store.put(bars);
    const findings = Object.fromEntries(Object.entries(report.counts).filter(([, n]) => n > 0));
    results.push({
      file,
      symbol: instrument.root,
      contract: instrument.contract ?? null,
      bars: bars.length,
      rowsRead: report.rowsRead,
      findings,
      written,
    });
  }
  if (o.json) return JSON.stringify({ imported: results });
  return results
    .map((r) => {
      const f =
        Object.entries(r.findings)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ") || "no findings";
      return `${r.file}: ${r.bars} bars of ${r.contract ?? r.symbol} (${f}) → ${r.written.join(", ")}`;
    })
    .join("\n");
}
