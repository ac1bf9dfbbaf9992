import type { BarLabels, Bars } from "sessionkit";
import type { S2ParamValues } from "./params.js";
import { QUANTILE_NEXT, QUANTILE_VALUE } from "./quantile-grid.js";
import { type AfterFloor, markIfEntry } from "./screen-after-floor.js";
import type { ScreenColumns } from "./screen-columns.js";

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

// The two loops below are one rule set over two sources of the same per-bar values: the dataset's
// screen columns (from the second run over one set of feature columns, screen-columns.ts: fewer reads,
// no division) or the feature columns themselves. Per gated bar, both
//  - fold the bar into its ET hour's quantile cell after reading the value it sees (QuantileTable's
//    readThenFold, with the grid's tables: an integer compare and a table read, no double clamps);
//  - skip it inside the stretch floor (beyondStretchFloor: |z| < max(base, q), as two compares since
//    base and q are never NaN, and |close − VWAP| < AtrEnter ATRs) or without ADR room for the side's
//    entry (adrRoomOk with entryPriceOf's price: close − side·offset is close − side·ticks·tick,
//    exactly, for side ±1), both branch-free (each is data-dependent and mispredicted often as a
//    branch), so only about one gated bar in seven reaches markIfEntry.
// The gates themselves stay a branch: half the bars fail them, and skipping their fold costs less
// than the mispredictions (measured against a branch-free compaction pass: 0.9 vs 1.4 ms per 86 k
// bars). Bars arrive in order, each once, so the fold writes the cells directly (the table's time
// guard could never skip one); the caller records the last bar folded, returned here (−1 for none).
// screen-fold.int.test.ts holds both loops to decide's functions, and to each other, on real data.

/** Bars [from, to) of one stretch from the dataset's screen columns. */
export function screenFromColumns(s: StretchInputs, sc: ScreenColumns, from: number, to: number): number {
  const { ready, volz: volz0, absZ: absZs, absA: absAs, hour: hours } = sc;
  const { volume: volumes, close: closes } = s.bars;
  const { vwaps, adrs, cells, after, out } = s;
  const values = QUANTILE_VALUE;
  const next = QUANTILE_NEXT;
  // Parameters as locals: V8 does not hoist a parameter object's fields out of a loop that stores to
  // typed arrays.
  const minVolume = s.p.minVolume;
  const volZMin = s.p.volZMin;
  const volZMax = s.p.volZMax;
  const atrEnter = s.p.atrEnter;
  const base = s.base;
  const entryOffset = s.entryOffset;
  const roomFrac = s.roomFrac;
  let last = -1;
  for (let i = from; i < to; i++) {
    if (ready[i] === 0) continue;
    const volz = volz0[i] as number;
    if ((+((volumes[i] as number) >= minVolume) & +(volz >= volZMin) & +(volz <= volZMax)) === 0) continue;
    const absZ = absZs[i] as number;
    const hour = hours[i] as number;
    const k = cells[hour] as number;
    const q = values[k] as number;
    cells[hour] = next[2 * k + +(absZ >= q)] as number;
    last = i;
    const close = closes[i] as number;
    const vwap = vwaps[i] as number;
    const adr = adrs[i] as number;
    const inside = (+(absZ < base) | +(absZ < q)) & +((absAs[i] as number) < atrEnter);
    const side = +(close < vwap) - +(close > vwap);
    const noRoom = +(side !== 0) & +(adr > 0) & +(Math.abs(vwap - (close - side * entryOffset)) < roomFrac * adr);
    if ((inside | noRoom) !== 0) continue;
    if (markIfEntry(after, i, q)) out[i] = 1;
  }
  return last;
}

/**
 * Bars [from, to) of one stretch from the feature columns: gatesPass, volzOrZero and zOf of
 * prefilter.ts restated with S2_CONST's minBars and sigmaFloor as literals (HOT_LOOP_CONSTANTS in
 * screen.ts; as calls, or with the constants read from S2_CONST, the loop took 0.2 ms more per 86 k
 * bars).
 */
export function screenFromFeatures(s: StretchInputs, from: number, to: number): number {
  const { volume: volumes, close: closes } = s.bars;
  const { open: marketOpen, etMinute } = s.labels;
  const { vwaps, sigmas, atrs, volzs, adrs, cells, after, out } = s;
  const values = QUANTILE_VALUE;
  const next = QUANTILE_NEXT;
  const minVolume = s.p.minVolume;
  const volZMin = s.p.volZMin;
  const volZMax = s.p.volZMax;
  const atrEnter = s.p.atrEnter;
  const base = s.base;
  const entryOffset = s.entryOffset;
  const roomFrac = s.roomFrac;
  let last = -1;
  for (let i = from; i < to; i++) {
    if (marketOpen[i] !== 1) continue;
    const vwap = vwaps[i] as number;
    const rawSigma = sigmas[i] as number;
    const atr = atrs[i] as number;
    let volz = volzs[i] as number;
    volz = volz - volz === 0 ? volz : 0;
    const gates =
      +(i + 1 >= 60) &
      +((volumes[i] as number) >= minVolume) &
      +(vwap > 0) &
      +(rawSigma > 0) &
      +(atr > 0) &
      +(volz >= volZMin) &
      +(volz <= volZMax);
    if (gates === 0) continue;
    const close = closes[i] as number;
    const absZ = Math.abs((close - vwap) / Math.max(rawSigma, 1e-6));
    const hour = ((etMinute[i] as number) / 60) | 0;
    const k = cells[hour] as number;
    const q = values[k] as number;
    cells[hour] = next[2 * k + +(absZ >= q)] as number;
    last = i;
    const adr = adrs[i] as number;
    const inside = (+(absZ < base) | +(absZ < q)) & +(Math.abs((close - vwap) / atr) < atrEnter);
    const side = +(close < vwap) - +(close > vwap);
    const noRoom = +(side !== 0) & +(adr > 0) & +(Math.abs(vwap - (close - side * entryOffset)) < roomFrac * adr);
    if ((inside | noRoom) !== 0) continue;
    if (markIfEntry(after, i, q)) out[i] = 1;
  }
  return last;
}
