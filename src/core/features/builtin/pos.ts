import { defineFeature, orFill } from "../contract.js";

const FILL = 0;

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
    if (p === undefined) return { update: () => FILL };
    return { update: (i) => orFill(Math.sign(p.position(i, src.bars.time[i]!)), FILL) };
  },
});
