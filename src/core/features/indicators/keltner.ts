import type { FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { Ema } from "../kernels/ema.js";
import { trueRange } from "../kernels/true-range.js";
import { WilderAverage } from "../kernels/wilder.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

type P = { emaPeriod: number; atrPeriod: number; mult: number };
const params = [
  intParam("emaPeriod", 20, 1, 10_000),
  intParam("atrPeriod", 10, 1, 10_000),
  realParam("mult", 2, 0, 100),
];

/**
 * Keltner channel: EMA(close, emaPeriod) ± mult × Wilder ATR(atrPeriod) — the kernels of `ema` and
 * `atr` (trading-signals' KeltnerChannels has the same definition). S3 reads `kc.upper:20,20,1.5`.
 * Channels over the same two periods share one pass (see `SharedKernel`), each with its own
 * signed multiplier; a single feature is the kernel with one output.
 */
class KeltnerKernel implements RangeKernel {
  private readonly mid: Ema;
  private readonly atr: WilderAverage;
  private readonly warm: number;
  constructor(
    private readonly src: FeatureSource,
    emaPeriod: number,
    atrPeriod: number,
    /** Per output, sign × mult. */
    private readonly offsets: Float64Array,
  ) {
    this.mid = new Ema(emaPeriod);
    this.atr = new WilderAverage(atrPeriod);
    this.warm = Math.max(emaPeriod, atrPeriod);
  }

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const offsets = this.offsets;
    const n = offsets.length;
    for (let i = from; i < to; i++) {
      const m = this.mid.push(b.close[i]!);
      const a = this.atr.push(trueRange(b.high, b.low, b.close, i));
      const warm = i + 1 >= this.warm;
      for (let k = 0; k < n; k++) outs[k]![i - shift] = warm ? m + offsets[k]! * a : Number.NaN;
    }
  }
}

function kernel(p: P): SharedKernel {
  return sharedKernel(
    `keltner:${p.emaPeriod},${p.atrPeriod}`,
    (src, members) =>
      new KeltnerKernel(
        src,
        p.emaPeriod,
        p.atrPeriod,
        Float64Array.from(members, (d) => (d.family === "kc.lower" ? -1 : 1) * d.params.mult!),
      ),
  );
}

function stream(src: FeatureSource, p: P, sign: number): FeatureStream {
  return new OneOutputStream(new KeltnerKernel(src, p.emaPeriod, p.atrPeriod, Float64Array.of(sign * p.mult)));
}

/** `kc.upper:{emaPeriod,atrPeriod,mult}`. */
export const kcUpper = defineFamily<P>({
  name: "kc.upper",
  description: "Keltner upper channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: (src, p) => stream(src, p, 1),
  shared: kernel,
});

/** `kc.lower:{emaPeriod,atrPeriod,mult}`. */
export const kcLower = defineFamily<P>({
  name: "kc.lower",
  description: "Keltner lower channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: (src, p) => stream(src, p, -1),
  shared: kernel,
});
