import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, realParam } from "../family.js";
import { SessionVwap } from "../kernels/session-vwap.js";

function vwapStream(src: FeatureSource, read: (k: SessionVwap, close: number) => number): FeatureStream {
  const k = new SessionVwap();
  return {
    update(i) {
      const b = src.bars;
      const l = src.labels;
      const c = b.close[i]!;
      k.step(l.tradeDate[i]!, l.session[i]!, b.high[i]!, b.low[i]!, c, b.volume[i]!);
      return read(k, c);
    },
  };
}

const sigmas = realParam("sigmas", 2, 0, 100);

/** `vwap.session` — VWAP anchored at the trade-date open (Overnight) or 09:30 ET (RTH, PostRTH). */
export const vwapSession = defineFamily({
  name: "vwap.session",
  description: "session-anchored VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream: (src) => vwapStream(src, (k) => k.vwap),
});

/** `vwap.session.sigma` — volume-weighted population σ of the typical price around the session VWAP. */
export const vwapSessionSigma = defineFamily({
  name: "vwap.session.sigma",
  description: "σ of the typical price around the session VWAP",
  params: [],
  warmup: () => 1,
  createStream: (src) => vwapStream(src, (k) => k.sigma),
});

/** `vwap.session.upper:{sigmas}` — VWAP + sigmas·σ. */
export const vwapSessionUpper = defineFamily<{ sigmas: number }>({
  name: "vwap.session.upper",
  description: "session VWAP upper σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => vwapStream(src, (k) => k.vwap + p.sigmas * k.sigma),
});

/** `vwap.session.lower:{sigmas}` — VWAP − sigmas·σ. */
export const vwapSessionLower = defineFamily<{ sigmas: number }>({
  name: "vwap.session.lower",
  description: "session VWAP lower σ band",
  params: [sigmas],
  warmup: () => 1,
  createStream: (src, p) => vwapStream(src, (k) => k.vwap - p.sigmas * k.sigma),
});

/** `vwap.session.z` — (close − VWAP)/σ; NaN while σ = 0 (e.g. the anchor's first bar). */
export const vwapSessionZ = defineFamily({
  name: "vwap.session.z",
  description: "distance of the close from the session VWAP in σ",
  params: [],
  warmup: () => 2,
  createStream: (src) => vwapStream(src, (k, c) => (k.sigma > 0 ? (c - k.vwap) / k.sigma : Number.NaN)),
});
