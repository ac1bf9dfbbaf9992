/**
 * Textbook Wilder directional movement (New Concepts, 1978): from bar 1, TR, +DM and −DM (a move
 * counts only when it is larger than the opposite one and positive; ties count for neither), each
 * Wilder-smoothed over `period`; +DI/−DI = 100·smoothed DM / smoothed TR; DX = 100·|+DI − −DI|/(+DI + −DI);
 * ADX = Wilder average of DX, first at bar 2·period − 1. The reference's ADX was ~14× this (D6-2).
 *
 * The four Wilder averages (as WilderAverage: NaN for period − 1 inputs, the mean of the first
 * `period` as seed, then avg·(1 − 1/period) + x·(1/period)) are inlined as state: TR, +DM and −DM
 * are always pushed together, so they share one counter. The step is a multiply-add with constant
 * weights so that no division waits on the previous average (~4× the cost of the step).
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

  /**
   * Steps bars [from, to) and writes `output` (0 ADX, 1 +DI, 2 −DI) of bar i to out[i − shift]. The
   * state stays in locals over the range (as fields it goes through memory every bar) and is stored
   * back at the end; one bar at a time it is the same operations in the same order.
   */
  run(
    high: Float64Array,
    low: Float64Array,
    /** True ranges of the bars, at least up to row to − 1 (see `trueRangeColumn`). */
    trs: Float64Array,
    out: Float64Array,
    from: number,
    to: number,
    shift: number,
    output: number,
  ): void {
    const period = this.period;
    const keep = (period - 1) / period;
    const weight = 1 / period;
    let steps = this.steps;
    let tr = this.tr;
    let pdm = this.pdm;
    let mdm = this.mdm;
    let seedTr = this.seedTr;
    let seedPdm = this.seedPdm;
    let seedMdm = this.seedMdm;
    let dxCount = this.dxCount;
    let seedDx = this.seedDx;
    let plusDi = this.plusDi;
    let minusDi = this.minusDi;
    let adx = this.adx;
    for (let i = from; i < to; i++) {
      if (i !== 0) {
        const up = high[i]! - high[i - 1]!;
        const down = low[i - 1]! - low[i]!;
        const x = trs[i]!;
        // The move or 0, picked by multiplying with the 0/1 outcome of the test: which side moves
        // more changes at random, and a branch on it mispredicts about every other bar. A NaN
        // product comes only from a non-finite move whose test failed: then the move counts 0.
        let p = up * (+(up > down) * +(up > 0)) + 0;
        let m = down * (+(down > up) * +(down > 0)) + 0;
        if (Number.isNaN(p)) p = 0;
        if (Number.isNaN(m)) m = 0;
        let ready = true;
        if (steps >= period) {
          tr = tr * keep + x * weight;
          pdm = pdm * keep + p * weight;
          mdm = mdm * keep + m * weight;
        } else {
          seedTr += x;
          seedPdm += p;
          seedMdm += m;
          if (++steps < period) ready = false;
          else {
            tr = seedTr / period;
            pdm = seedPdm / period;
            mdm = seedMdm / period;
          }
        }
        if (ready && !Number.isNaN(tr)) {
          const plus = (100 * pdm) / tr;
          const minus = (100 * mdm) / tr;
          plusDi = plus;
          minusDi = minus;
          const sum = plus + minus;
          const dx = sum === 0 ? 0 : (100 * Math.abs(plus - minus)) / sum;
          if (dx - dx === 0) {
            if (dxCount >= period) adx = adx * keep + dx * weight;
            else {
              seedDx += dx;
              if (++dxCount === period) adx = seedDx / period;
            }
          }
        }
      }
      out[i - shift] = output === 0 ? adx : output === 1 ? plusDi : minusDi;
    }
    this.steps = steps;
    this.tr = tr;
    this.pdm = pdm;
    this.mdm = mdm;
    this.seedTr = seedTr;
    this.seedPdm = seedPdm;
    this.seedMdm = seedMdm;
    this.dxCount = dxCount;
    this.seedDx = seedDx;
    this.plusDi = plusDi;
    this.minusDi = minusDi;
    this.adx = adx;
  }
}
