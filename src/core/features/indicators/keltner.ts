import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { Ema } from "../kernels/ema.js";
import { trueRange } from "../kernels/true-range.js";
import { WilderAverage } from "../kernels/wilder.js";

type P = { emaPeriod: number; atrPeriod: number; mult: number };
const params = [
  intParam("emaPeriod", 20, 1, 10_000),
  intParam("atrPeriod", 10, 1, 10_000),
  realParam("mult", 2, 0, 100),
];

/**
 * Keltner channel: EMA(close, emaPeriod) ± mult × Wilder ATR(atrPeriod) — the kernels of `ema` and
 * `atr` (trading-signals' KeltnerChannels has the same definition). S3 reads `kc.upper:20,20,1.5`.
 */
function keltner(sign: number) {
  return (src: FeatureSource, p: P): FeatureStream => {
    const mid = new Ema(p.emaPeriod);
    const atr = new WilderAverage(p.atrPeriod);
    const warm = Math.max(p.emaPeriod, p.atrPeriod);
    return {
      update(i) {
        const b = src.bars;
        const m = mid.push(b.close[i]!);
        const a = atr.push(trueRange(b.high, b.low, b.close, i));
        return i + 1 >= warm ? m + sign * p.mult * a : Number.NaN;
      },
    };
  };
}

/** `kc.upper:{emaPeriod,atrPeriod,mult}`. */
export const kcUpper = defineFamily<P>({
  name: "kc.upper",
  description: "Keltner upper channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: keltner(1),
});

/** `kc.lower:{emaPeriod,atrPeriod,mult}`. */
export const kcLower = defineFamily<P>({
  name: "kc.lower",
  description: "Keltner lower channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: keltner(-1),
});
