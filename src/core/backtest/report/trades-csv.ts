import type { Trade } from "../trade.js";

const HEADER = [
  "strategy",
  "symbol",
  "side",
  "qty",
  "entry_time",
  "entry_price",
  "exit_time",
  "exit_price",
  "exit_reason",
  "exits",
  "gross_pnl",
  "commission",
  "slippage",
  "pnl",
  "trade_date",
  "session",
  "bars_held",
  "risk",
  "parameters_hash",
  "tags",
];

const iso = (ms: number) => new Date(ms).toISOString();
const num = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 1e6) / 1e6) : "");
const field = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The ledger as CSV (one row per round trip, UTC ISO times, dollars), with a header line. */
export function tradesCsv(trades: readonly Trade[]): string {
  const lines = [HEADER.join(",")];
  for (const t of trades) {
    lines.push(
      [
        field(t.strategy),
        t.symbol,
        t.side,
        String(t.qty),
        iso(t.entryTime),
        num(t.entryPrice),
        iso(t.exitTime),
        num(t.exitPrice),
        t.exitReason,
        String(t.exits),
        num(t.grossPnl),
        num(t.commission),
        num(t.slippage),
        num(t.pnl),
        String(t.tradeDate),
        t.session ?? "",
        String(t.barsHeld),
        num(t.risk),
        t.parametersHash,
        field(t.tags.join(" ")),
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
