import type { BarLabels } from "../market-time/labels.js";
import { SESSION_NAMES } from "../market-time/sessions.js";
import type { Bars } from "./bars.js";

export interface BarSummary {
  readonly symbol: string;
  readonly contract: string | null;
  readonly bars: number;
  readonly firstBar: string | null;
  readonly lastBar: string | null;
  readonly tradeDates: number;
  readonly firstTradeDate: string | null;
  readonly lastTradeDate: string | null;
  /** Bars per intraday session, plus `closed` for bars in closed market time. */
  readonly sessions: Readonly<Record<string, number>>;
  readonly priceMin: number | null;
  readonly priceMax: number | null;
  readonly volumeTotal: number;
}

const isoDate = (yyyymmdd: number) =>
  `${Math.floor(yyyymmdd / 10000)}-${String(Math.floor(yyyymmdd / 100) % 100).padStart(2, "0")}-${String(yyyymmdd % 100).padStart(2, "0")}`;

/** Counts and ranges of a bar set, with per-session counts from its market-time labels. */
export function summarizeBars(bars: Bars, labels: BarLabels): BarSummary {
  const sessions: Record<string, number> = Object.fromEntries([...SESSION_NAMES, "closed"].map((s) => [s, 0]));
  const dates = new Set<number>();
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let vol = 0;
  for (let i = 0; i < bars.length; i++) {
    const s = labels.session[i]!;
    const name = s < 0 ? "closed" : SESSION_NAMES[s]!;
    sessions[name] = (sessions[name] ?? 0) + 1;
    if (labels.tradeDate[i]! > 0) dates.add(labels.tradeDate[i]!);
    lo = Math.min(lo, bars.low[i]!);
    hi = Math.max(hi, bars.high[i]!);
    vol += bars.volume[i]!;
  }
  const sorted = [...dates].sort((a, b) => a - b);
  const n = bars.length;
  return {
    symbol: bars.symbol,
    contract: bars.contract ?? null,
    bars: n,
    firstBar: n > 0 ? new Date(bars.time[0]!).toISOString() : null,
    lastBar: n > 0 ? new Date(bars.time[n - 1]!).toISOString() : null,
    tradeDates: sorted.length,
    firstTradeDate: sorted.length > 0 ? isoDate(sorted[0]!) : null,
    lastTradeDate: sorted.length > 0 ? isoDate(sorted.at(-1)!) : null,
    sessions,
    priceMin: n > 0 ? lo : null,
    priceMax: n > 0 ? hi : null,
    volumeTotal: vol,
  };
}
