import { BAR_COLUMNS, type Bars } from "./bars.js";
import { createBars } from "./bars-ops.js";
import type { ContinuousSeries, PriceAdjustment, RollPoint } from "./continuous.js";

/** Copies each contract's used range into one series and applies the optional back-adjustment. */
export function assemble(
  sorted: Bars[],
  ranges: [number, number][],
  rolls: RollPoint[],
  adjust: PriceAdjustment,
): ContinuousSeries {
  const n = ranges.reduce((s, [a, b]) => s + Math.max(0, b - a), 0);
  const out = Object.fromEntries(BAR_COLUMNS.map((c) => [c, new Float64Array(n)])) as Record<
    (typeof BAR_COLUMNS)[number],
    Float64Array
  >;
  const source = new Uint8Array(n);
  let at = 0;
  sorted.forEach((b, k) => {
    const [s, e] = ranges[k]!;
    if (e <= s) return;
    for (const c of BAR_COLUMNS) out[c].set(b[c].subarray(s, e), at);
    source.fill(k, at, at + e - s);
    at += e - s;
  });
  if (adjust !== "none") backAdjust(out, source, sorted, rolls, adjust);
  const bars = createBars({ symbol: sorted[0]!.symbol, contract: undefined, ...out });
  return { bars, rolls, source, contracts: sorted.map((b) => b.contract!) };
}

/** Shifts (difference) or scales (ratio) every bar before each roll so the series has no roll jumps. */
function backAdjust(
  out: Record<string, Float64Array>,
  source: Uint8Array,
  sorted: Bars[],
  rolls: RollPoint[],
  adjust: "difference" | "ratio",
): void {
  const byTarget = new Map(rolls.map((r) => [r.to, r]));
  // Walk backwards so adjustments accumulate onto older contracts.
  let shift = 0;
  let scale = 1;
  let current = source.length > 0 ? source[source.length - 1]! : 0;
  for (let i = source.length - 1; i >= 0; i--) {
    if (source[i] !== current) {
      const roll = byTarget.get(sorted[current]!.contract!);
      if (roll !== undefined) {
        shift += roll.difference;
        scale *= roll.ratio;
      }
      current = source[i]!;
    }
    if (shift === 0 && scale === 1) continue;
    for (const c of ["open", "high", "low", "close"]) {
      const col = out[c]!;
      col[i] = adjust === "difference" ? col[i]! + shift : col[i]! * scale;
    }
  }
}
