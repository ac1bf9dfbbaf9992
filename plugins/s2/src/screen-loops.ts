import type { BarLabels, Bars } from "sessionkit";
import type { S2ParamValues } from "./params.js";
import { QUANTILE_NEXT, QUANTILE_VALUE } from "./quantile-grid.js";
import { type AfterFloor, markIfEntry } from "./screen-after-floor.js";
import { FACT_Z_COUNT_MASK, type ScreenColumns } from "./screen-columns.js";
import { lastGated, scanFacts } from "./screen-scan.js";
import { lastGatedFeature, scanFeatures } from "./screen-scan-features.js";

/** What the screen's per-bar loop reads for one stretch of one session. */
export interface StretchInputs {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly p: Readonly<S2ParamValues>;
  readonly vwaps: Float64Array;
  readonly sigmas: Float64Array;
  readonly atrs: Float64Array;
  readonly volzs: Float64Array;
  readonly adrs: Float64Array;
  /** The hour cells of the quantile table (grid indices, quantile-grid.ts). */
  readonly cells: Int16Array;
  /** max(EsSigma or NqSigma, SigmaEnter): the part of the stretch floor no bar changes. */
  readonly base: number;
  /** How far the entry sits from the close towards the VWAP: RetestOffsetTicks × tick, or 0 at market. */
  readonly entryOffset: number;
  /** S2_CONST.adrRoomFrac. */
  readonly roomFrac: number;
  readonly after: AfterFloor;
  readonly out: Uint8Array;
}

// The two screens below are one rule set over two sources of the same per-bar values: the dataset's
// screen columns (from the second run over one set of feature columns, screen-columns.ts: fewer
// reads, no division, the pattern facts known) or the feature columns themselves. Each runs a kernel
// over every bar (screen-scan.ts, screen-scan-features.ts) that folds the gated bars into the quantile
// cells (QuantileTable's readThenFold, in bar order, each bar once, so it writes the cells directly:
// the table's time guard could never skip one; the caller records the last bar folded, returned here)
// and keeps the few bars that may still enter; the rest of the rules run on those alone.
// screen-fold.int.test.ts holds both to decide's functions, and to each other, on real data.

/** Bars [from, to) of one stretch from the dataset's screen columns. */
export function screenFromColumns(s: StretchInputs, sc: ScreenColumns, from: number, to: number): number {
  const { volz, absZ: absZs, absA: absAs, facts } = sc;
  const { volume: volumes, close: closes } = s.bars;
  const { vwaps, adrs, after, out, p } = s;
  const buf = candidates(to - from);
  const n = scanFacts(
    volz,
    volumes,
    facts,
    s.cells,
    QUANTILE_NEXT,
    from,
    to,
    p.minVolume,
    p.volZMin,
    p.volZMax,
    p.confirmLookback,
    buf.at,
    buf.k,
  );
  for (let j = 0; j < n; j++) {
    const i = buf.at[j] as number;
    const kq = buf.k[j] as number;
    // Inside the stretch floor (beyondStretchFloor): |z| below the floor's base or below the cell's
    // value (kq not below the bar's z count, see zCountOf), and within AtrEnter ATRs of the VWAP.
    const belowQ = kq >= ((facts[i] as number) & FACT_Z_COUNT_MASK);
    if (((absZs[i] as number) < s.base || belowQ) && (absAs[i] as number) < p.atrEnter) continue;
    // No ADR room for the side's entry (adrRoomOk with entryPriceOf's price, as in scanFeatures).
    const close = closes[i] as number;
    const vwap = vwaps[i] as number;
    const adr = adrs[i] as number;
    const side = +(close < vwap) - +(close > vwap);
    if (side !== 0 && adr > 0 && Math.abs(vwap - (close - side * s.entryOffset)) < s.roomFrac * adr) continue;
    if (markIfEntry(after, i, QUANTILE_VALUE[kq] as number)) out[i] = 1;
  }
  return lastGated(volz, volumes, from, to, p.minVolume, p.volZMin, p.volZMax);
}

/** Bars [from, to) of one stretch from the feature columns. */
export function screenFromFeatures(s: StretchInputs, from: number, to: number): number {
  const { volume: volumes, close: closes } = s.bars;
  const { open: marketOpen, etMinute } = s.labels;
  const { vwaps, sigmas, atrs, volzs, adrs, after, out, p } = s;
  const buf = candidates(to - from);
  const n = scanFeatures(
    volumes,
    closes,
    marketOpen,
    etMinute,
    vwaps,
    sigmas,
    atrs,
    volzs,
    adrs,
    s.cells,
    QUANTILE_VALUE,
    QUANTILE_NEXT,
    from,
    to,
    p.minVolume,
    p.volZMin,
    p.volZMax,
    p.atrEnter,
    s.base,
    s.entryOffset,
    s.roomFrac,
    buf.gated,
    buf.at,
    buf.k,
  );
  for (let j = 0; j < n; j++) {
    const i = buf.at[j] as number;
    if (markIfEntry(after, i, QUANTILE_VALUE[buf.k[j] as number] as number)) out[i] = 1;
  }
  return lastGatedFeature(volumes, marketOpen, vwaps, sigmas, atrs, volzs, from, to, p.minVolume, p.volZMin, p.volZMax);
}

/** The candidate bars of one call and the cell each read (and scanFeatures's band list), reused: runs are synchronous. */
const scratch = { gated: new Int32Array(4096), at: new Int32Array(4096), k: new Int16Array(4096) };

function candidates(n: number): typeof scratch {
  if (scratch.at.length < n) {
    scratch.gated = new Int32Array(n);
    scratch.at = new Int32Array(n);
    scratch.k = new Int16Array(n);
  }
  return scratch;
}
