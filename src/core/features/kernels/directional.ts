import { trueRange } from "./true-range.js";
import { WilderAverage } from "./wilder.js";

/**
 * Textbook Wilder directional movement (New Concepts, 1978): from bar 1, TR, +DM and −DM (a move
 * counts only when it is larger than the opposite one and positive; ties count for neither), each
 * Wilder-smoothed over `period`; +DI/−DI = 100·smoothed DM / smoothed TR; DX = 100·|+DI − −DI|/(+DI + −DI);
 * ADX = Wilder average of DX, first at bar 2·period − 1. The reference's ADX was ~14× this (D6-2).
 */
export class Directional {
  private readonly tr: WilderAverage;
  private readonly pdm: WilderAverage;
  private readonly mdm: WilderAverage;
  private readonly adxAvg: WilderAverage;
  plusDi = Number.NaN;
  minusDi = Number.NaN;
  adx = Number.NaN;

  constructor(period: number) {
    this.tr = new WilderAverage(period);
    this.pdm = new WilderAverage(period);
    this.mdm = new WilderAverage(period);
    this.adxAvg = new WilderAverage(period);
  }

  step(high: Float64Array, low: Float64Array, close: Float64Array, i: number): void {
    if (i === 0) return;
    const up = high[i]! - high[i - 1]!;
    const down = low[i - 1]! - low[i]!;
    const tr = this.tr.push(trueRange(high, low, close, i));
    const p = this.pdm.push(up > down && up > 0 ? up : 0);
    const m = this.mdm.push(down > up && down > 0 ? down : 0);
    if (Number.isNaN(tr)) return;
    this.plusDi = (100 * p) / tr;
    this.minusDi = (100 * m) / tr;
    const sum = this.plusDi + this.minusDi;
    const dx = sum === 0 ? 0 : (100 * Math.abs(this.plusDi - this.minusDi)) / sum;
    this.adx = Number.isFinite(dx) ? this.adxAvg.push(dx) : this.adxAvg.value;
  }
}
