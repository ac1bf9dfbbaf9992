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
class KeltnerStream implements FeatureStream {
  private readonly mid: Ema;
  private readonly atr: WilderAverage;
  private readonly warm: number;
  private readonly offset: number;
  constructor(
    private readonly src: FeatureSource,
    p: P,
    sign: number,
  ) {
    this.mid = new Ema(p.emaPeriod);
    this.atr = new WilderAverage(p.atrPeriod);
    this.warm = Math.max(p.emaPeriod, p.atrPeriod);
    this.offset = sign * p.mult;
  }

  update(i: number): number {
    const b = this.src.bars;
    const m = this.mid.push(b.close[i]!);
    const a = this.atr.push(trueRange(b.high, b.low, b.close, i));
    return i + 1 >= this.warm ? m + this.offset * a : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** `kc.upper:{emaPeriod,atrPeriod,mult}`. */
export const kcUpper = defineFamily<P>({
  name: "kc.upper",
  description: "Keltner upper channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: (src, p) => new KeltnerStream(src, p, 1),
});

/** `kc.lower:{emaPeriod,atrPeriod,mult}`. */
export const kcLower = defineFamily<P>({
  name: "kc.lower",
  description: "Keltner lower channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: (src, p) => new KeltnerStream(src, p, -1),
});
