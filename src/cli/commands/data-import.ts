import { resolve } from "node:path";
import { BarStore, importBarFile, type QualityPolicyInput, QualityPolicySchema } from "../../core/data/index.js";
import { fromZodError, SessionkitError } from "../../core/errors/index.js";
import { defaultMarketClock } from "../../core/market-time/index.js";

export interface DataImportOptions {
  readonly symbol?: string;
  /** Policy overrides as `kind=action`, e.g. `duplicate=reject`. */
  readonly on?: readonly string[];
  readonly store: string;
  readonly json?: boolean;
}

/** `data import`: each file → quality-checked bars → the store (one Parquet per contract month). */
export async function runDataImport(files: readonly string[], o: DataImportOptions): Promise<string> {
  const policy = parsePolicy(o.on ?? []);
  const store = new BarStore(resolve(o.store));
  const results = [];
  for (const file of files) {
    const { bars, report, instrument } = await importBarFile(file, {
      symbol: o.symbol,
      calendar: defaultMarketClock(),
      policy,
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

/** `--on kind=action` pairs → a validated policy (unknown kinds and impossible actions are refused). */
export function parsePolicy(pairs: readonly string[]): QualityPolicyInput {
  const raw: Record<string, string> = {};
  for (const p of pairs) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(p.trim());
    if (m === null) {
      throw new SessionkitError(
        "SK_CLI_USAGE",
        `--on ${JSON.stringify(p)}: expected kind=action, e.g. duplicate=reject`,
        {
          path: "--on",
          value: p,
        },
      );
    }
    raw[m[1]!] = m[2]!;
  }
  const parsed = QualityPolicySchema.safeParse(raw);
  if (!parsed.success) {
    throw fromZodError("SK_CLI_USAGE", "--on: invalid quality policy", parsed.error, raw, { prefix: "--on" });
  }
  return raw as QualityPolicyInput;
}
