/**
 * The per-bar pass of S2's screen over the feature columns themselves (a run over freshly computed
 * features, where no screen columns exist yet; screen-columns.ts): for every bar, the gates (gatesPass
 * with volzOrZero of prefilter.ts, S2_CONST's minBars and σ floor written as literals: screen.ts's
 * HOT_LOOP_CONSTANTS, checked by screen-fold.int.test.ts), the quantile fold of a gated bar into its
 * ET hour's cell, the stretch floor (beyondStretchFloor) and the ADR room of the side's entry
 * (adrRoomOk with entryPriceOf's price: close − side·offset, exactly, for side ±1). The bars past all
 * of them go to `cand`, with the cell value they read in `candK`; the pattern and level rules follow
 * in screen-loops.ts. Written like scanFacts (screen-scan.ts, which says why: typed arrays and numbers
 * only, no call in the loop, the hour's cell in a local), except that the gates branch, cheapest
 * first: a bar that fails them here skips two divisions and five more column reads, which measured
 * faster (1.35 against 1.49 ms per 86 k bars) than folding every bar with a mask.
 * Returns how many candidates were written.
 */
export function scanFeatures(
  volume: Float64Array,
  close: Float64Array,
  marketOpen: Uint8Array,
  etMinute: Int16Array,
  vwap: Float64Array,
  sigma: Float64Array,
  atr: Float64Array,
  volz: Float64Array,
  adr: Float64Array,
  cells: Int16Array,
  values: Float64Array,
  next: Int16Array,
  from: number,
  to: number,
  minVolume: number,
  volZMin: number,
  volZMax: number,
  atrEnter: number,
  base: number,
  entryOffset: number,
  roomFrac: number,
  cand: Int32Array,
  candK: Int16Array,
): number {
  let n = 0;
  let hour = -1;
  let k = 0;
  for (let i = from; i < to; i++) {
    let v = volz[i] as number;
    v = v - v === 0 ? v : 0;
    if ((+((volume[i] as number) >= minVolume) & +(v >= volZMin) & +(v <= volZMax)) === 0) continue;
    const vw = vwap[i] as number;
    const rawSigma = sigma[i] as number;
    const a = atr[i] as number;
    if ((+(marketOpen[i] === 1) & +(i + 1 >= 60) & +(vw > 0) & +(rawSigma > 0) & +(a > 0)) === 0) continue;
    const h = ((etMinute[i] as number) / 60) | 0;
    if (h !== hour) {
      if (hour >= 0) cells[hour] = k;
      hour = h;
      k = cells[h] as number;
    }
    const c = close[i] as number;
    const absZ = Math.abs((c - vw) / Math.max(rawSigma, 1e-6));
    const q = values[k] as number;
    const kq = k;
    k = next[2 * k + +(absZ >= q)] as number;
    const inside = (+(absZ < base) | +(absZ < q)) & +(Math.abs((c - vw) / a) < atrEnter);
    const side = +(c < vw) - +(c > vw);
    const ad = adr[i] as number;
    const noRoom = +(side !== 0) & +(ad > 0) & +(Math.abs(vw - (c - side * entryOffset)) < roomFrac * ad);
    if ((inside | noRoom) === 0) {
      cand[n] = i;
      candK[n] = kq;
      n++;
    }
  }
  if (hour >= 0) cells[hour] = k;
  return n;
}

/** The last bar in [from, to) that passes scanFeatures's gates, or −1. */
export function lastGatedFeature(
  volume: Float64Array,
  marketOpen: Uint8Array,
  vwap: Float64Array,
  sigma: Float64Array,
  atr: Float64Array,
  volz: Float64Array,
  from: number,
  to: number,
  minVolume: number,
  volZMin: number,
  volZMax: number,
): number {
  for (let i = to - 1; i >= from; i--) {
    let v = volz[i] as number;
    v = v - v === 0 ? v : 0;
    const ok =
      marketOpen[i] === 1 &&
      i + 1 >= 60 &&
      (volume[i] as number) >= minVolume &&
      (vwap[i] as number) > 0 &&
      (sigma[i] as number) > 0 &&
      (atr[i] as number) > 0 &&
      v >= volZMin &&
      v <= volZMax;
    if (ok) return i;
  }
  return -1;
}
