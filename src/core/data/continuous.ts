import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import type { Bars } from "./bars.js";
import { lowerBound } from "./bars-ops.js";
import { assemble } from "./continuous-assemble.js";
import { daysFromCivil } from "./import/bytes.js";
import { parseContract } from "./import/instrument.js";

/**
 * When to switch from one contract month to the next.
 * - `volume` (default): on the first trade date on which the next contract trades more contracts than the
 *   current one (the crossover traders follow). With no overlap, at the next contract's first bar.
 * - `days-before-expiry`: on the trade date `days` calendar days before the current contract's expiry
 *   (third Friday of its month). `days: 8` gives CME's/NinjaTrader's Thursday roll: 2026-03-12, 2025-09-11.
 * The switch happens at the start of the roll trade date's session (18:00 ET the evening before).
 */
export type RollRule = { readonly kind: "volume" } | { readonly kind: "days-before-expiry"; readonly days: number };

/** none (default): raw prices with jumps at rolls. difference/ratio: back-adjust history before each roll. */
export type PriceAdjustment = "none" | "difference" | "ratio";

export interface ContinuousOptions {
  readonly roll?: RollRule;
  readonly adjust?: PriceAdjustment;
}

export interface RollPoint {
  readonly from: string;
  readonly to: string;
  /** yyyymmdd trade date from which the new contract is used. */
  readonly tradeDate: number;
  /** Epoch ms of the first bar taken from the new contract. */
  readonly atMs: number;
  /** Whether both contracts traded a common minute at the roll, so the spread below was measured. */
  readonly measured: boolean;
  /** New minus old close at a minute both traded at the roll (0 when not measured); what `difference` shifts by. */
  readonly difference: number;
  readonly ratio: number;
}

export interface ContinuousSeries {
  readonly bars: Bars;
  readonly rolls: readonly RollPoint[];
  /** Per bar, the index into `contracts` of the contract it came from. */
  readonly source: Uint8Array;
  readonly contracts: readonly string[];
}

type Labeller = { labelBars(time: Float64Array): BarLabels };

/** Third Friday of the contract month as yyyymmdd (equity-index futures' last trading day). */
export function expiryTradeDate(year: number, month: number): number {
  const firstDow = (daysFromCivil(year, month, 1) + 4) % 7; // 1970-01-01 was a Thursday (4)
  const firstFriday = 1 + ((5 - firstDow + 7) % 7);
  return year * 10000 + month * 100 + firstFriday + 14;
}

function addDays(yyyymmdd: number, days: number): number {
  const y = Math.floor(yyyymmdd / 10000);
  const d = new Date(Date.UTC(y, (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) + days * 86_400_000);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** Trade date of every bar; a bar in closed market time takes the previous bar's (or the next one's). */
function effectiveTradeDates(bars: Bars, clock: Labeller): Int32Array {
  const td = Int32Array.from(clock.labelBars(bars.time).tradeDate);
  let last = td.find((d) => d !== 0) ?? 0;
  for (let i = 0; i < td.length; i++) {
    if (td[i] === 0) td[i] = last;
    else last = td[i]!;
  }
  return td;
}

function dailyVolume(bars: Bars, td: Int32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < bars.length; i++) m.set(td[i]!, (m.get(td[i]!) ?? 0) + bars.volume[i]!);
  return m;
}

function rollDate(a: Bars, tdA: Int32Array, b: Bars, tdB: Int32Array, rule: RollRule): number {
  const firstB = tdB[0]!;
  const lastA = tdA[tdA.length - 1]!;
  if (rule.kind === "days-before-expiry") {
    const c = parseContract(a.contract!)!;
    return Math.max(firstB, addDays(expiryTradeDate(c.year, c.month), -rule.days));
  }
  const va = dailyVolume(a, tdA);
  const vb = dailyVolume(b, tdB);
  for (const [d, v] of [...vb].sort((x, y) => x[0] - y[0])) if (d <= lastA && v > (va.get(d) ?? 0)) return d;
  // No crossover while both traded: keep the old contract to its last bar, then take the next one.
  return tdB.find((d) => d > lastA) ?? lastA + 1;
}

/**
 * Stitches contract months of one root into one series: each contract supplies the bars of its trade
 * dates between the roll in and the roll out. Every input must carry a contract code (e.g. ESM26).
 */
export function buildContinuous(
  contracts: readonly Bars[],
  clock: Labeller,
  options: ContinuousOptions = {},
): ContinuousSeries {
  const rule = options.roll ?? { kind: "volume" };
  const sorted = [...contracts].filter((b) => b.length > 0).sort((x, y) => key(x) - key(y));
  if (sorted.length === 0) throw new SessionkitError("SK_DATA_NOT_FOUND", "buildContinuous: no bars given", {});
  const tds = sorted.map((b) => effectiveTradeDates(b, clock));
  // ranges[k] = [start, end) of contract k's bars used in the series.
  const ranges = sorted.map((b) => [0, b.length] as [number, number]);
  const rolls: RollPoint[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    const d = rollDate(a, tds[k]!, b, tds[k + 1]!, rule);
    const bi = firstIndexAtOrAfter(tds[k + 1]!, d);
    ranges[k + 1]![0] = bi;
    // The old contract runs until the new one's first used bar, so a late-starting export leaves no hole.
    const cut = bi < b.length ? lowerBound(a.time, b.time[bi]!) : a.length;
    ranges[k]![1] = Math.min(ranges[k]![1], cut);
    if (bi >= b.length) continue;
    const [pa, pb] = rollPrices(a, b, bi);
    const measured = !Number.isNaN(pa);
    rolls.push({
      from: a.contract!,
      to: b.contract!,
      tradeDate: d,
      atMs: b.time[bi]!,
      measured,
      difference: measured ? pb - pa : 0,
      ratio: measured ? pb / pa : 1,
    });
  }
  return assemble(sorted, ranges, rolls, options.adjust ?? "none");
}

function key(b: Bars): number {
  const c = b.contract === undefined ? undefined : parseContract(b.contract);
  if (c === undefined) {
    throw new SessionkitError("SK_DATA_INSTRUMENT_UNKNOWN", "buildContinuous: every bar set needs a contract code", {
      value: b.contract ?? b.symbol,
    });
  }
  return c.year * 100 + c.month;
}

function firstIndexAtOrAfter(td: Int32Array, d: number): number {
  let i = 0;
  while (i < td.length && td[i]! < d) i++;
  return i;
}

/**
 * Old and new closes at the same minute nearest the roll: the new contract's first used bar if the old
 * one traded that minute, else the latest earlier minute both traded. NaN when they never overlap (the
 * spread cannot be measured across a hole in the data, so no adjustment is made there).
 */
function rollPrices(a: Bars, b: Bars, bStart: number): [number, number] {
  for (let j = bStart; j >= 0; j--) {
    const i = lowerBound(a.time, b.time[j]!);
    if (i < a.length && a.time[i] === b.time[j]) return [a.close[i]!, b.close[j]!];
    if (j < bStart && i === 0) break;
  }
  return [Number.NaN, Number.NaN];
}
