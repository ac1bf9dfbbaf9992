import type { FeatureDef, FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, realParam } from "../family.js";
import { SessionPriorVwapKernel } from "../kernels/session-prior-vwap-kernel.js";
import { BAND, PD_VWAP, SessionVwapKernel, SIGMA, VWAP, Z } from "../kernels/session-vwap-kernel.js";
import { OneOutputStream, sharedKernel } from "../shared-kernel.js";

// The session VWAP family and `pd.vwap` (prior-day-vwap.ts) read one kernel: see SessionVwapKernel.

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
    case "pd.vwap":
      return { output: PD_VWAP, sigmas: 0 };
    default:
      return { output: Z, sigmas: 0 };
  }
}

/** The session kernel, or with `pd.vwap` among the outputs the one that also reads the previous date. */
function kernelOf(src: FeatureSource, outputs: readonly Output[]): SessionVwapKernel {
  const codes = Int8Array.from(outputs, (o) => o.output);
  const sigmas = Float64Array.from(outputs, (o) => o.sigmas);
  if (codes.includes(PD_VWAP)) return new SessionPriorVwapKernel(src, codes, sigmas);
  return new SessionVwapKernel(src, codes, sigmas);
}

/** The one kernel of the session VWAP family and `pd.vwap`. */
export const sessionVwapShared = sharedKernel("sessionVwap", (src, members) => kernelOf(src, members.map(outputOf)));

/** A member's own stream: the kernel with its output alone. */
export function sessionVwapStream(src: FeatureSource, output: number, sigmas: number): FeatureStream {
  return new OneOutputStream(kernelOf(src, [{ output, sigmas }]));
}

const sigmas = realParam("sigmas", 2, 0, 100);

/** `vwap.session` — VWAP anchored at the trade-date open (Overnight) or 09:30 ET (RTH, PostRTH). */
export const vwapSession = defineFamily({
  name: "vwap.session",
  description: "session-anchored VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream: (src) => sessionVwapStream(src, VWAP, 0),
  shared: () => sessionVwapShared,
});

/** `vwap.session.sigma` — volume-weighted population σ of the typical price around the session VWAP. */
export const vwapSessionSigma = defineFamily({
  name: "vwap.session.sigma",
  description: "σ of the typical price around the session VWAP",
  params: [],
  warmup: () => 1,
  createStream: (src) => sessionVwapStream(src, SIGMA, 0),
  shared: () => sessionVwapShared,
});

/** `vwap.session.upper:{sigmas}` — VWAP + sigmas·σ. */
export const vwapSessionUpper = defineFamily<{ sigmas: number }>({
  name: "vwap.session.upper",
  description: "session VWAP upper σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => sessionVwapStream(src, BAND, p.sigmas),
  shared: () => sessionVwapShared,
});

/** `vwap.session.lower:{sigmas}` — VWAP − sigmas·σ. */
export const vwapSessionLower = defineFamily<{ sigmas: number }>({
  name: "vwap.session.lower",
  description: "session VWAP lower σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => sessionVwapStream(src, BAND, -p.sigmas),
  shared: () => sessionVwapShared,
});

/** `vwap.session.z` — (close − VWAP)/σ; NaN while σ = 0 (e.g. the anchor's first bar). */
export const vwapSessionZ = defineFamily({
  name: "vwap.session.z",
  description: "distance of the close from the session VWAP in σ",
  params: [],
  warmup: () => 2,
  createStream: (src) => sessionVwapStream(src, Z, 0),
  shared: () => sessionVwapShared,
});
