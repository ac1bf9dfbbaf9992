import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { Directional } from "../kernels/directional.js";
import { type TrueRangeColumn, trueRangeColumn } from "../kernels/true-range-column.js";

const ADX = 0;
const PLUS_DI = 1;
const MINUS_DI = 2;

class DirectionalStream implements FeatureStream {
  private readonly d: Directional;
  private readonly one = new Float64Array(1);
  private readonly trs: TrueRangeColumn;
  constructor(
    private readonly src: FeatureSource,
    period: number,
    private readonly output: number,
  ) {
    this.d = new Directional(period);
    this.trs = trueRangeColumn(src);
  }

  update(i: number): number {
    const b = this.src.bars;
    this.d.run(b.high, b.low, this.trs.upTo(i + 1), this.one, i, i + 1, i, this.output);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    const b = this.src.bars;
    this.d.run(b.high, b.low, this.trs.upTo(to), out, from, to, 0, this.output);
    return out;
  }
}

type P = { period: number };
const params = [intParam("period", 14, 1, 10_000)];

/** `adx:{period}` — textbook Wilder ADX (first value at bar 2·period − 1). */
export const adx = defineFamily<P>({
  name: "adx",
  description: "Wilder ADX",
  params,
  warmup: (p) => 2 * p.period,
  createStream: (src, p) => new DirectionalStream(src, p.period, ADX),
});

/** `adx.plusDi:{period}` — Wilder +DI. */
export const adxPlusDi = defineFamily<P>({
  name: "adx.plusDi",
  description: "Wilder +DI",
  params,
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new DirectionalStream(src, p.period, PLUS_DI),
});

/** `adx.minusDi:{period}` — Wilder −DI. */
export const adxMinusDi = defineFamily<P>({
  name: "adx.minusDi",
  description: "Wilder −DI",
  params,
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new DirectionalStream(src, p.period, MINUS_DI),
});
