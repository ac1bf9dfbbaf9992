import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, realParam } from "../family.js";
import { SessionVwap } from "../kernels/session-vwap.js";

const VWAP = 0;
const SIGMA = 1;
const BAND = 2;
const Z = 3;

class SessionVwapStream implements FeatureStream {
  private readonly vw = new SessionVwap();
  constructor(
    private readonly src: FeatureSource,
    private readonly output: number,
    /** σ multiple of a band (+ upper, − lower). */
    private readonly sigmas: number,
  ) {}

  update(i: number): number {
    const b = this.src.bars;
    const l = this.src.labels;
    const c = b.close[i]!;
    const vw = this.vw;
    vw.step(l.tradeDate[i]!, l.session[i]!, b.high[i]!, b.low[i]!, c, b.volume[i]!);
    if (this.output === VWAP) return vw.vwap;
    if (this.output === SIGMA) return vw.sigma;
    if (this.output === BAND) return vw.vwap + this.sigmas * vw.sigma;
    return vw.sigma > 0 ? (c - vw.vwap) / vw.sigma : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

const sigmas = realParam("sigmas", 2, 0, 100);

/** `vwap.session` — VWAP anchored at the trade-date open (Overnight) or 09:30 ET (RTH, PostRTH). */
export const vwapSession = defineFamily({
  name: "vwap.session",
  description: "session-anchored VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream: (src) => new SessionVwapStream(src, VWAP, 0),
});

/** `vwap.session.sigma` — volume-weighted population σ of the typical price around the session VWAP. */
export const vwapSessionSigma = defineFamily({
  name: "vwap.session.sigma",
  description: "σ of the typical price around the session VWAP",
  params: [],
  warmup: () => 1,
  createStream: (src) => new SessionVwapStream(src, SIGMA, 0),
});

/** `vwap.session.upper:{sigmas}` — VWAP + sigmas·σ. */
export const vwapSessionUpper = defineFamily<{ sigmas: number }>({
  name: "vwap.session.upper",
  description: "session VWAP upper σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => new SessionVwapStream(src, BAND, p.sigmas),
});

/** `vwap.session.lower:{sigmas}` — VWAP − sigmas·σ. */
export const vwapSessionLower = defineFamily<{ sigmas: number }>({
  name: "vwap.session.lower",
  description: "session VWAP lower σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => new SessionVwapStream(src, BAND, -p.sigmas),
});

/** `vwap.session.z` — (close − VWAP)/σ; NaN while σ = 0 (e.g. the anchor's first bar). */
export const vwapSessionZ = defineFamily({
  name: "vwap.session.z",
  description: "distance of the close from the session VWAP in σ",
  params: [],
  warmup: () => 2,
  createStream: (src) => new SessionVwapStream(src, Z, 0),
});
