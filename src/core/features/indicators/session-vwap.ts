import type { FeatureDef, FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, realParam } from "../family.js";
import { SessionVwap } from "../kernels/session-vwap.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

const VWAP = 0;
const SIGMA = 1;
const BAND = 2;
const Z = 3;

/**
 * The session VWAP state, answering any of VWAP, σ, σ bands and z per bar: the features of one
 * dataset share one pass of it (see `SharedKernel`); a single feature is the kernel with one output.
 */
class SessionVwapKernel implements RangeKernel {
  private readonly vw = new SessionVwap();
  constructor(
    private readonly src: FeatureSource,
    private readonly outputs: Int8Array,
    /** Per output, the σ multiple of a band (+ upper, − lower). */
    private readonly sigmas: Float64Array,
  ) {}

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const l = this.src.labels;
    const vw = this.vw;
    const outputs = this.outputs;
    const m = outputs.length;
    for (let i = from; i < to; i++) {
      const c = b.close[i]!;
      vw.step(l.tradeDate[i]!, l.session[i]!, b.high[i]!, b.low[i]!, c, b.volume[i]!);
      for (let k = 0; k < m; k++) {
        const o = outputs[k];
        outs[k]![i - shift] =
          o === VWAP
            ? vw.vwap
            : o === SIGMA
              ? vw.sigma
              : o === BAND
                ? vw.vwap + this.sigmas[k]! * vw.sigma
                : vw.sigma > 0
                  ? (c - vw.vwap) / vw.sigma
                  : Number.NaN;
      }
    }
  }
}

interface Output {
  readonly output: number;
  readonly sigmas: number;
}

/** Output and σ multiple of a member, from its family and parameters. */
function outputOf(d: FeatureDef): Output {
  switch (d.family) {
    case "vwap.session":
      return { output: VWAP, sigmas: 0 };
    case "vwap.session.sigma":
      return { output: SIGMA, sigmas: 0 };
    case "vwap.session.upper":
      return { output: BAND, sigmas: d.params.sigmas! };
    case "vwap.session.lower":
      return { output: BAND, sigmas: -d.params.sigmas! };
    default:
      return { output: Z, sigmas: 0 };
  }
}

function kernelOf(src: FeatureSource, outputs: readonly Output[]): SessionVwapKernel {
  return new SessionVwapKernel(
    src,
    Int8Array.from(outputs, (o) => o.output),
    Float64Array.from(outputs, (o) => o.sigmas),
  );
}

const shared = sharedKernel("sessionVwap", (src, members) => kernelOf(src, members.map(outputOf)));

function stream(src: FeatureSource, output: number, sigmas: number): FeatureStream {
  return new OneOutputStream(kernelOf(src, [{ output, sigmas }]));
}

const sigmas = realParam("sigmas", 2, 0, 100);

/** `vwap.session` — VWAP anchored at the trade-date open (Overnight) or 09:30 ET (RTH, PostRTH). */
export const vwapSession = defineFamily({
  name: "vwap.session",
  description: "session-anchored VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream: (src) => stream(src, VWAP, 0),
  shared: () => shared,
});

/** `vwap.session.sigma` — volume-weighted population σ of the typical price around the session VWAP. */
export const vwapSessionSigma = defineFamily({
  name: "vwap.session.sigma",
  description: "σ of the typical price around the session VWAP",
  params: [],
  warmup: () => 1,
  createStream: (src) => stream(src, SIGMA, 0),
  shared: () => shared,
});

/** `vwap.session.upper:{sigmas}` — VWAP + sigmas·σ. */
export const vwapSessionUpper = defineFamily<{ sigmas: number }>({
  name: "vwap.session.upper",
  description: "session VWAP upper σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => stream(src, BAND, p.sigmas),
  shared: () => shared,
});

/** `vwap.session.lower:{sigmas}` — VWAP − sigmas·σ. */
export const vwapSessionLower = defineFamily<{ sigmas: number }>({
  name: "vwap.session.lower",
  description: "session VWAP lower σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => stream(src, BAND, -p.sigmas),
  shared: () => shared,
});

/** `vwap.session.z` — (close − VWAP)/σ; NaN while σ = 0 (e.g. the anchor's first bar). */
export const vwapSessionZ = defineFamily({
  name: "vwap.session.z",
  description: "distance of the close from the session VWAP in σ",
  params: [],
  warmup: () => 2,
  createStream: (src) => stream(src, Z, 0),
  shared: () => shared,
});
