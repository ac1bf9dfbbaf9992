import type { FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { trueRange } from "../kernels/true-range.js";
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
  /** Ema's state: α, whether it has its seed, the value. */
  private readonly alpha: number;
  private started = false;
  private mid = Number.NaN;
  /** WilderAverage's state: inputs seen (up to the period), seed sum, the value. */
  private readonly atrPeriod: number;
  private atrCount = 0;
  private atrSeed = 0;
  private atr = Number.NaN;
  private readonly warm: number;
  constructor(
    private readonly src: FeatureSource,
    emaPeriod: number,
    atrPeriod: number,
    /** Per output, sign × mult. */
    private readonly offsets: Float64Array,
  ) {
    this.alpha = 2 / (emaPeriod + 1);
    this.atrPeriod = atrPeriod;
    this.warm = Math.max(emaPeriod, atrPeriod);
  }

  /**
   * Ema.push and WilderAverage.push (the same operations in the same order) with their state in
   * locals over the range: as object fields they go through memory on every bar.
   */
  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const offsets = this.offsets;
    const n = offsets.length;
    const k = this.alpha;
    const period = this.atrPeriod;
    const warmFrom = this.warm - 1;
    let started = this.started;
    let m = this.mid;
    let count = this.atrCount;
    let seed = this.atrSeed;
    let a = this.atr;
    for (let i = from; i < to; i++) {
      const c = close[i]!;
      if (!started) {
        started = true;
        m = c;
      } else m = c * k + m * (1 - k);
      const x = trueRange(high, low, close, i);
      if (count < period) {
        seed += x;
        if (++count === period) a = seed / period;
      } else a += (x - a) / period;
      const warm = i >= warmFrom;
      for (let j = 0; j < n; j++) outs[j]![i - shift] = warm ? m + offsets[j]! * a : Number.NaN;
    }
    this.started = started;
    this.mid = m;
    this.atrCount = count;
    this.atrSeed = seed;
    this.atr = a;
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
