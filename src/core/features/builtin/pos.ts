import { ConstantStream, defineFeature, type FeatureSource, type FeatureStream, orFill } from "../contract.js";

const FILL = 0;

/** Sign of a provider's per-bar answer (position or regime), fill when it is not finite. */
export class SignStream implements FeatureStream {
  constructor(
    private readonly src: FeatureSource,
    private readonly at: (index: number, time: number) => number,
    private readonly fillValue: number,
  ) {}

  update(i: number): number {
    return orFill(Math.sign(this.at(i, this.src.bars.time[i]!)), this.fillValue);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/**
 * pos (idx 11): sign of the position held at the bar. Live, the runner's position provider answers.
 * In batch the position is not known before a backtest has run, so without a position provider
 * (e.g. `positionColumn(backtest.positions)`) the column is the fill 0.
 */
export const pos = defineFeature({
  key: "pos",
  family: "pos",
  fill: FILL,
  warmup: 1,
  description: "current position sign −1/0/+1",
  createStream(src) {
    const p = src.externals.position;
    return p === undefined ? new ConstantStream(FILL) : new SignStream(src, (i, t) => p.position(i, t), FILL);
  },
});
