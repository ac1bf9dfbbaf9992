/**
 * The per-bar pass of S2's screen over the dataset's screen columns (screen-columns.ts), as a kernel
 * that reads only typed arrays and numbers: every bar gets its gate test (minimum volume, the VolZ band;
 * a NaN VolZ marks a bar that fails a parameter-free gate) and, when it passes, is folded into its ET
 * hour's quantile cell (a cell is a grid index, quantile-grid.ts). The bars that pass and also show the
 * deceleration run and the confirming reversal bar go to `cand`, with the cell value they read in
 * `candK`; everything else about them is checked after the pass (screen-loops.ts).
 *
 * Why it is written the way it is (measured per 86 k bars on a 2-vCPU EPYC VM):
 * - no call, no object and no module binding is read inside the loop, and the bit fields are literals
 *   (screen-columns.ts's FACT_* constants: screen-scan.test.ts holds the two together): with a call in
 *   the loop, V8 re-checked every array's map, re-read the imported constants with their hole checks
 *   and re-converted the parameters on every bar, about twice the work of the loop itself;
 * - the gate does not branch: about half the bars pass it, at random, and each mispredicted branch
 *   cost more than folding every bar and keeping the old cell where the gate failed (a mask select);
 * - the current hour's cell lives in a local and is written back when the hour changes, so the fold's
 *   chain from bar to bar is an integer compare and one table read, not a store and a reload.
 * Returns how many candidates were written.
 */
export function scanFacts(
  volz: Float64Array,
  volume: Float64Array,
  facts: Uint32Array,
  cells: Int16Array,
  next: Int16Array,
  from: number,
  to: number,
  minVolume: number,
  volZMin: number,
  volZMax: number,
  lookback: number,
  cand: Int32Array,
  candK: Int16Array,
): number {
  let n = 0;
  let hour = -1;
  let k = 0;
  for (let i = from; i < to; i++) {
    const w = facts[i] as number;
    const h = (w >>> 9) & 0x1f;
    if (h !== hour) {
      if (hour >= 0) cells[hour] = k;
      hour = h;
      k = cells[h] as number;
    }
    const v = volz[i] as number;
    const g = +((volume[i] as number) >= minVolume) & +(v >= volZMin) & +(v <= volZMax);
    const keep = 0 - g;
    const kq = k;
    k = ((next[2 * k + +(k < (w & 0x1ff))] as number) & keep) | (k & ~keep);
    if ((g & +(((w >>> 14) & 0x3f) >= lookback) & (w >>> 20)) !== 0) {
      cand[n] = i;
      candK[n] = kq;
      n++;
    }
  }
  if (hour >= 0) cells[hour] = k;
  return n;
}

/** The last bar in [from, to) that passes scanFacts's gate, or −1. */
export function lastGated(
  volz: Float64Array,
  volume: Float64Array,
  from: number,
  to: number,
  minVolume: number,
  volZMin: number,
  volZMax: number,
): number {
  for (let i = to - 1; i >= from; i--) {
    const v = volz[i] as number;
    if ((volume[i] as number) >= minVolume && v >= volZMin && v <= volZMax) return i;
  }
  return -1;
}
