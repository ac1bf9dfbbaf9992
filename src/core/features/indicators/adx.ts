import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam } from "../family.js";
import { Directional } from "../kernels/directional.js";

function directionalStream(src: FeatureSource, period: number, read: (d: Directional) => number): FeatureStream {
  const d = new Directional(period);
  return {
    update(i) {
      const b = src.bars;
      d.step(b.high, b.low, b.close, i);
      return read(d);
    },
  };
}

const params = [intParam("period", 14, 1, 10_000)];

/** `adx:{period}` — textbook Wilder ADX (first value at bar 2·period − 1). */
export const adx = defineFamily<{ period: number }>({
  name: "adx",
  description: "Wilder ADX",
  params,
  warmup: (p) => 2 * p.period,
  createStream: (src, p) => directionalStream(src, p.period, (d) => d.adx),
});

/** `adx.plusDi:{period}` — Wilder +DI. */
export const adxPlusDi = defineFamily<{ period: number }>({
  name: "adx.plusDi",
  description: "Wilder +DI",
  params,
  warmup: (p) => p.period + 1,
  createStream: (src, p) => directionalStream(src, p.period, (d) => d.plusDi),
});

/** `adx.minusDi:{period}` — Wilder −DI. */
export const adxMinusDi = defineFamily<{ period: number }>({
  name: "adx.minusDi",
  description: "Wilder −DI",
  params,
  warmup: (p) => p.period + 1,
  createStream: (src, p) => directionalStream(src, p.period, (d) => d.minusDi),
});
