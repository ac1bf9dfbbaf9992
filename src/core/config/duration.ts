const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "250ms", "30s", "15m", "1h", "1d" (or a plain number of ms) into milliseconds; NaN if invalid. */
export function parseDuration(v: string | number): number {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : Number.NaN;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(v);
  if (!m) return Number.NaN;
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}
