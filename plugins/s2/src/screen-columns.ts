import type { BarLabels } from "sessionkit";
import type { PatternColumns } from "./pattern-columns.js";

/**
 * Per-bar values of the screen's first checks that no parameter changes, for one dataset's feature
 * columns: the parameter-free gates (market open, 60 bars, VWAP, σ and ATR > 0), VolZ with a missing
 * value as 0, |z| against the floored σ, |close − VWAP| in ATRs and the ET hour. Worked out by the very
 * expressions the screen's own loop uses, so its marks and quantiles are the same either way
 * (screen-fold.int.test.ts runs both).
 */
export interface ScreenColumns {
  readonly ready: Uint8Array;
  readonly volz: Float64Array;
  readonly absZ: Float64Array;
  readonly absA: Float64Array;
  readonly hour: Uint8Array;
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
  const ready = new Uint8Array(n);
  const volz = new Float64Array(n);
  const absZ = new Float64Array(n);
  const absA = new Float64Array(n);
  const hour = new Uint8Array(n);
  const close = pat.bars.close;
  const { vwap: vwaps, sigma: sigmas } = pat;
  const { open, etMinute } = labels;
  for (let i = 0; i < n; i++) {
    const vwap = vwaps[i] as number;
    const rawSigma = sigmas[i] as number;
    const atr = atrs[i] as number;
    const c = close[i] as number;
    // The screen loop's expressions (screen.ts), term for term.
    ready[i] = +(open[i] === 1) & +(i + 1 >= 60) & +(vwap > 0) & +(rawSigma > 0) & +(atr > 0);
    const v = volzs[i] as number;
    volz[i] = v - v === 0 ? v : 0;
    absZ[i] = Math.abs((c - vwap) / Math.max(rawSigma, 1e-6));
    absA[i] = Math.abs((c - vwap) / atr);
    hour[i] = ((etMinute[i] as number) / 60) | 0;
  }
  return { ready, volz, absZ, absA, hour };
}
