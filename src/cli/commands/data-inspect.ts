import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  BarStore,
  type BarSummary,
  checkDataPath,
  formatFinding,
  importBarFile,
  isRoot,
  type QualityReport,
  summarizeBars,
} from "../../core/data/index.js";
import { SessionkitError } from "../../core/errors/index.js";
import { defaultMarketClock } from "../../core/market-time/index.js";

export interface DataInspectOptions {
  readonly symbol?: string;
  readonly store: string;
  readonly json?: boolean;
  /** Findings printed in text mode (all are in --json up to the report's cap). */
  readonly limit: number;
}

/**
 * `data inspect <file|symbol>`: for a file, import it under the default policy (which never rejects)
 * and print the bars kept, ranges, per-session counts and every finding with file, line and value; for
 * a symbol, summarise what the store holds per contract month.
 */
export async function runDataInspect(target: string, o: DataInspectOptions): Promise<string> {
  const clock = defaultMarketClock();
  if (existsSync(target) && statSync(target).isFile()) {
    const { bars, report } = await importBarFile(target, { symbol: o.symbol, calendar: clock });
    const summary = summarizeBars(bars, clock.labelBars(bars.time));
    if (o.json) return JSON.stringify({ file: target, summary, report });
    return [renderSummary(target, summary), ...renderReport(report, o.limit)].join("\n");
  }
  const symbol = target.toUpperCase();
  if (!isRoot(symbol)) {
    // not a symbol: a path that is missing or a directory (checkDataPath says which, naming it)
    checkDataPath(target);
    throw new SessionkitError("SK_DATA_NOT_FOUND", `${target}: neither a file nor one of ES, NQ, MES, MNQ`, {
      value: target,
    });
  }
  const store = new BarStore(resolve(o.store));
  const keys = store.keys(symbol);
  if (keys.length === 0) {
    throw new SessionkitError("SK_DATA_NOT_FOUND", `${resolve(o.store)}: no stored bars for ${symbol}`, {
      file: resolve(o.store),
      value: symbol,
    });
  }
  const files = keys.map((k) => {
    const bars = store.read(symbol, k);
    return { key: k, file: store.fileOf(symbol, k), summary: summarizeBars(bars, clock.labelBars(bars.time)) };
  });
  if (o.json) return JSON.stringify({ symbol, store: resolve(o.store), files });
  return files.map((f) => renderSummary(f.file, f.summary)).join("\n\n");
}

function renderSummary(name: string, s: BarSummary): string {
  const sessions = Object.entries(s.sessions)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  return [
    `${name}: ${s.bars} bars of ${s.contract ?? s.symbol}`,
    `  bars ${s.firstBar ?? "-"} .. ${s.lastBar ?? "-"}`,
    `  trade dates ${s.tradeDates} (${s.firstTradeDate ?? "-"} .. ${s.lastTradeDate ?? "-"})`,
    `  sessions: ${sessions}`,
    `  prices ${s.priceMin ?? "-"} .. ${s.priceMax ?? "-"}, volume ${s.volumeTotal}`,
  ].join("\n");
}

function renderReport(r: QualityReport, limit: number): string[] {
  const counts = Object.entries(r.counts).filter(([, n]) => n > 0);
  if (counts.length === 0) return [`  quality: ${r.rowsRead} rows read, no findings`];
  const lines = [
    `  quality: ${r.rowsRead} rows read, ${r.barsKept} kept; ${counts.map(([k, n]) => `${k} ${n}`).join(", ")}`,
  ];
  for (const f of r.findings.slice(0, limit)) lines.push(`  ${formatFinding(f)}`);
  const hidden = counts.reduce((s, [, n]) => s + n, 0) - Math.min(limit, r.findings.length);
  if (hidden > 0) lines.push(`  … ${hidden} more (use --json or --limit)`);
  return lines;
}
