import { trueRange } from "./true-range.js";

/**
 * Textbook Wilder directional movement (New Concepts, 1978): from bar 1, TR, +DM and −DM (a move
 * counts only when it is larger than the opposite one and positive; ties count for neither), each
 * Wilder-smoothed over `period`; +DI/−DI = 100·smoothed DM / smoothed TR; DX = 100·|+DI − −DI|/(+DI + −DI);
 * ADX = Wilder average of DX, first at bar 2·period − 1. The reference's ADX was ~14× this (D6-2).
 *
 * The four Wilder averages (as WilderAverage: NaN for period − 1 inputs, the mean of the first
 * `period` as seed, then avg += (x − avg)/period) are inlined as fields: TR, +DM and −DM are always
 * pushed together, so they share one counter; the same operations in the same order.
 */
export class Directional {
  private readonly period: number;
  private steps = 0;
  private tr = Number.NaN;
  private pdm = Number.NaN;
  private mdm = Number.NaN;
  private seedTr = 0;
  private seedPdm = 0;
  private seedMdm = 0;
  private dxCount = 0;
  private seedDx = 0;
  plusDi = Number.NaN;
  minusDi = Number.NaN;
  adx = Number.NaN;

  constructor(period: number) {
    this.period = period;
  }

  step(high: Float64Array, low: Float64Array, close: Float64Array, i: number): void {
    if (i === 0) return;
    const period = this.period;
    const up = high[i]! - high[i - 1]!;
    const down = low[i - 1]! - low[i]!;
    const x = trueRange(high, low, close, i);
    const p = up > down && up > 0 ? up : 0;
    const m = down > up && down > 0 ? down : 0;
    if (this.steps >= period) {
      this.tr += (x - this.tr) / period;
      this.pdm += (p - this.pdm) / period;
      this.mdm += (m - this.mdm) / period;
    } else {
      this.seedTr += x;
      this.seedPdm += p;
      this.seedMdm += m;
      if (++this.steps < period) return;
      this.tr = this.seedTr / period;
      this.pdm = this.seedPdm / period;
      this.mdm = this.seedMdm / period;
    }
    const tr = this.tr;
    if (Number.isNaN(tr)) return;
    const plus = (100 * this.pdm) / tr;
    const minus = (100 * this.mdm) / tr;
    this.plusDi = plus;
    this.minusDi = minus;
    const sum = plus + minus;
    const dx = sum === 0 ? 0 : (100 * Math.abs(plus - minus)) / sum;
    if (dx - dx !== 0) return;
    if (this.dxCount >= period) this.adx += (dx - this.adx) / period;
    else {
      this.seedDx += dx;
      if (++this.dxCount === period) this.adx = this.seedDx / period;
    }
  }
}
