/**
 * The per-bar part of S2's screen over the feature columns themselves (a run over freshly computed
 * features, where no screen columns exist yet; screen-columns.ts): the gates (gatesPass with
 * volzOrZero of prefilter.ts, S2_CONST's minBars and σ floor written as literals: screen.ts's
 * HOT_LOOP_CONSTANTS, checked by screen-fold.int.test.ts), the quantile fold of a gated bar into its
 * ET hour's cell, the stretch floor (beyondStretchFloor) and the ADR room of the side's entry
 * (adrRoomOk with entryPriceOf's price: close − side·offset, exactly, for side ±1). The bars past all
 * of them go to `cand`, with the cell value they read in `candK`; the pattern and level rules follow
 * in screen-loops.ts. Written like scanFacts (screen-scan.ts, which says why: typed arrays and numbers
 * only, no call in the loop, the hour's cell in a local), in two passes: the first lists the bars
 * within the volume and VolZ band without a branch (about half the bars pass, at random), the second
 * runs the rest on those alone, so no bar pays the divisions of another's gates and no branch on the
 * band mispredicts (per 86 k bars: 1.33 ms with the band as a branch in one pass, 1.10 in two).
 * `gated` holds at least to − from entries. Returns how many candidates were written.
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
  gated: Int32Array,
  cand: Int32Array,
  candK: Int16Array,
): number {
  let m = 0;
  for (let i = from; i < to; i++) {
    let v = volz[i] as number;
    v = v - v === 0 ? v : 0;
    gated[m] = i;
    m += +((volume[i] as number) >= minVolume) & +(v >= volZMin) & +(v <= volZMax);
  }
  let n = 0;
  let hour = -1;
  let k = 0;
  for (let j = 0; j < m; j++) {
    const i = gated[j] as number;
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
    cand[n] = i;
    candK[n] = kq;
    n += 1 - (inside | noRoom);
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
