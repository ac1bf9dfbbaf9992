import type { BarLabels } from "sessionkit";
import { CONFIRM_BEAR, CONFIRM_BULL, confirmAt, decelRunAt, type PatternColumns } from "./pattern-columns.js";
import { QUANTILE_MAX, QUANTILE_VALUE } from "./quantile-grid.js";

/**
 * Per-bar values of the screen's first checks that no parameter changes, for one dataset's feature
 * columns, worked out by the very expressions the screen's own loop uses, so its marks and quantiles
 * are the same either way (screen-fold.int.test.ts runs both and checks every value).
 */
export interface ScreenColumns {
  /**
   * VolZ with a missing value as 0, and NaN on the bars that fail a parameter-free gate (market open,
   * 60 bars, VWAP, σ and ATR > 0): a NaN fails both VolZ band compares, so the loop has one gate test.
   */
  readonly volz: Float64Array;
  /** |z| against the floored σ. */
  readonly absZ: Float64Array;
  /** |close − VWAP| in ATRs (NaN where |z| is NaN, see zCountOf). */
  readonly absA: Float64Array;
  /**
   * One 32-bit read of the bar's integer facts (bit fields, see the constants below): zCountOf(|z|),
   * how |z| compares with every value a quantile cell can hold; the ET hour, the bar's cell; the
   * deceleration run (decelRunAt); and whether the reversal bar of the side the close stands on is
   * there (confirmAt, as markIfEntry tests it).
   */
  readonly facts: Uint32Array;
}

/** The bit fields of `facts`. screen-scan.ts writes them as literals; screen-scan.test.ts checks they agree. */
export const FACT_Z_COUNT_MASK = 0x1ff;
export const FACT_HOUR_SHIFT = 9;
export const FACT_HOUR_MASK = 0x1f;
export const FACT_DECEL_SHIFT = 14;
export const FACT_DECEL_MASK = 0x3f;
export const FACT_CONFIRMED_SHIFT = 20;

/**
 * How many grid values |z| reaches: the k in [0, QUANTILE_MAX] with QUANTILE_VALUE[k] <= absZ (0 for
 * NaN). The fold's test "|z| reaches cell k" (absZ >= QUANTILE_VALUE[k]) is then k < zCountOf(absZ),
 * an integer compare, and "|z| below the cell's value" its negation except for a NaN |z| (both false):
 * build() makes |a| NaN there too, so the floor test that reads it is false either way.
 */
export function zCountOf(absZ: number): number {
  if (!(absZ >= 0)) return 0;
  let c = Math.min(QUANTILE_MAX + 1, Math.floor(absZ * 100) + 1);
  while (c > 0 && (QUANTILE_VALUE[c - 1] as number) > absZ) c--;
  while (c <= QUANTILE_MAX && (QUANTILE_VALUE[c] as number) <= absZ) c++;
  return c;
}

interface Entry {
  readonly atr: Float64Array;
  readonly volz: Float64Array;
  /** The state of the last run seen (each run has its own), and how many runs were seen. */
  lastRun: object | undefined;
  runs: number;
  columns: ScreenColumns | undefined;
}

const entries = new WeakMap<PatternColumns, Entry[]>();

/**
 * The screen columns of `pat`'s dataset with these ATR and VolZ columns, or undefined until a second
 * run over the very same columns asks: building them costs about a pass of the screen, which only pays
 * when runs repeat over one dataset (optimizer trials over a FeatureFrame), never for a run over
 * freshly computed features. `run` is the run's strategy state (a new object per run).
 */
export function screenColumns(
  pat: PatternColumns,
  labels: BarLabels,
  atr: Float64Array,
  volz: Float64Array,
  run: object,
): ScreenColumns | undefined {
  let list = entries.get(pat);
  if (list === undefined) {
    list = [];
    entries.set(pat, list);
  }
  let entry = list.find((e) => e.atr === atr && e.volz === volz);
  if (entry === undefined) {
    entry = { atr, volz, lastRun: undefined, runs: 0, columns: undefined };
    list.push(entry);
  }
  if (entry.lastRun !== run) {
    entry.lastRun = run;
    entry.runs++;
  }
  if (entry.columns === undefined && entry.runs >= 2) entry.columns = build(pat, labels, atr, volz);
  return entry.columns;
}

function build(pat: PatternColumns, labels: BarLabels, atrs: Float64Array, volzs: Float64Array): ScreenColumns {
  const n = pat.bars.length;
  const volz = new Float64Array(n);
  const absZ = new Float64Array(n);
  const absA = new Float64Array(n);
  const facts = new Uint32Array(n);
  const close = pat.bars.close;
  const { vwap: vwaps, sigma: sigmas } = pat;
  const { open, etMinute } = labels;
  for (let i = 0; i < n; i++) {
    const vwap = vwaps[i] as number;
    const rawSigma = sigmas[i] as number;
    const atr = atrs[i] as number;
    const c = close[i] as number;
    // The feature kernel's expressions (scanFeatures in screen-scan-features.ts), term for term.
    const ready = open[i] === 1 && i + 1 >= 60 && vwap > 0 && rawSigma > 0 && atr > 0;
    const v = volzs[i] as number;
    volz[i] = !ready ? Number.NaN : v - v === 0 ? v : 0;
    const z = Math.abs((c - vwap) / Math.max(rawSigma, 1e-6));
    absZ[i] = z;
    absA[i] = Number.isNaN(z) ? Number.NaN : Math.abs((c - vwap) / atr);
    const hour = ((etMinute[i] as number) / 60) | 0;
    // markIfEntry's confirmation test, and the run it compares with ConfirmLookback (at most 60).
    const confirm = confirmAt(pat, i);
    const confirmed = c > vwap ? (confirm & CONFIRM_BEAR) !== 0 : !(c < vwap) || (confirm & CONFIRM_BULL) !== 0;
    facts[i] =
      zCountOf(z) |
      (hour << FACT_HOUR_SHIFT) |
      (decelRunAt(pat, i) << FACT_DECEL_SHIFT) |
      ((confirmed ? 1 : 0) << FACT_CONFIRMED_SHIFT);
  }
  return { volz, absZ, absA, facts };
}
