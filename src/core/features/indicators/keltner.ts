import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, intParam, realParam } from "../family.js";
import { wilderAtrKernel, wilderAtrStream } from "./wilder-atr-kernel.js";

type P = { emaPeriod: number; atrPeriod: number; mult: number };
const params = [
  intParam("emaPeriod", 20, 1, 10_000),
  intParam("atrPeriod", 10, 1, 10_000),
  realParam("mult", 2, 0, 100),
];

/**
 * Keltner channel: EMA(close, emaPeriod) ± mult × Wilder ATR(atrPeriod) — the kernels of `ema` and
 * `atr` (trading-signals' KeltnerChannels has the same definition). S3 reads `kc.upper:20,20,1.5`.
 * Channels read the ATR kernel of their ATR period (see `wilderAtrKernel`), with `atr` of that
 * period: one pass for all of them; a single feature is the kernel with one output.
 */
function stream(src: FeatureSource, p: P, sign: number): FeatureStream {
  return wilderAtrStream(src, p.atrPeriod, { emaPeriod: p.emaPeriod, offset: sign * p.mult });
}

const shared = (p: P) => wilderAtrKernel(p.atrPeriod);

/** `kc.upper:{emaPeriod,atrPeriod,mult}`. */
export const kcUpper = defineFamily<P>({
  name: "kc.upper",
  description: "Keltner upper channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: (src, p) => stream(src, p, 1),
  shared,
});

/** `kc.lower:{emaPeriod,atrPeriod,mult}`. */
export const kcLower = defineFamily<P>({
  name: "kc.lower",
  description: "Keltner lower channel",
  params,
  warmup: (p) => Math.max(p.emaPeriod, p.atrPeriod),
  createStream: (src, p) => stream(src, p, -1),
  shared,
});
