import type { FeatureDef, FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, realParam } from "../family.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

const VWAP = 0;
const SIGMA = 1;
const BAND = 2;
const Z = 3;
/** Bars per chunk (see SessionVwapKernel). */
const CHUNK = 256;

/**
 * Session-anchored VWAP and its volume-weighted population σ of the typical price (SPEC §5, S2),
 * answering any of VWAP, σ, σ bands and z per bar: the features of one dataset share one pass of it
 * (see `SharedKernel`); a single feature is the kernel with one output.
 *
 * Anchored at the trade-date open (18:00 ET) for Overnight bars and at 09:30 ET for RTH and PostRTH
 * bars. Volumes weigh as max(0, v). Sums are kept relative to the anchor's first typical price so
 * σ does not suffer from cancellation; they restart at every anchor, so nothing drifts. Bars in
 * closed market time (session −1) stay with the current anchor. The state lives in locals over a
 * range of bars (as object fields it goes through memory on every bar) and is stored back once.
 * Bars go in chunks: VWAP and σ first, then a tight loop per output (choosing an output's formula
 * per bar costs about as much as the VWAP).
 */
class SessionVwapKernel implements RangeKernel {
  private anchor = -1;
  private started = false;
  private shift = 0;
  private sv = 0;
  private s1 = 0;
  private s2 = 0;
  /** The chunk's VWAPs and σ: worked out first, then each output reads them in its own loop. */
  private readonly vwaps = new Float64Array(CHUNK);
  private readonly sds = new Float64Array(CHUNK);
  constructor(
    private readonly src: FeatureSource,
    private readonly outputs: Int8Array,
    /** Per output, the σ multiple of a band (+ upper, − lower). */
    private readonly sigmas: Float64Array,
  ) {}

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const m = this.outputs.length;
    for (let a = from; a < to; a += CHUNK) {
      const b = Math.min(to, a + CHUNK);
      this.step(a, b);
      for (let k = 0; k < m; k++) this.write(k, outs[k]!, a, b, shift);
    }
  }

  /** VWAP and σ of bars [from, to) into chunk slot i − from. */
  private step(from: number, to: number): void {
    const b = this.src.bars;
    const l = this.src.labels;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const volume = b.volume;
    const dates = l.tradeDate;
    const sessions = l.session;
    const vwaps = this.vwaps;
    const sds = this.sds;
    let anchor = this.anchor;
    let started = this.started;
    let origin = this.shift;
    let sv = this.sv;
    let s1 = this.s1;
    let s2 = this.s2;
    for (let i = from; i < to; i++) {
      const tp = (high[i]! + low[i]! + close[i]!) / 3;
      const session = sessions[i]!;
      const a = session >= 0 ? dates[i]! * 2 + (session >= 1 ? 1 : 0) : anchor;
      if (a !== anchor || !started) {
        anchor = a;
        started = true;
        origin = tp;
        sv = 0;
        s1 = 0;
        s2 = 0;
      }
      const w = Math.max(volume[i]!, 0);
      const d = tp - origin;
      sv += w;
      s1 += w * d;
      s2 += w * d * d;
      if (sv > 0) {
        // One division for both moments (values within an ulp or so of two divisions).
        const inverse = 1 / sv;
        const mean = s1 * inverse;
        const v = s2 * inverse - mean * mean;
        vwaps[i - from] = origin + mean;
        sds[i - from] = Math.sqrt(Math.max(v, 0));
      } else {
        vwaps[i - from] = Number.NaN;
        sds[i - from] = Number.NaN;
      }
    }
    this.anchor = anchor;
    this.started = started;
    this.shift = origin;
    this.sv = sv;
    this.s1 = s1;
    this.s2 = s2;
  }

  /** Output k over the chunk [from, to). */
  private write(k: number, out: Float64Array, from: number, to: number, shift: number): void {
    const vwaps = this.vwaps;
    const sds = this.sds;
    const o = this.outputs[k];
    const at = from - shift;
    const len = to - from;
    if (o === VWAP) for (let j = 0; j < len; j++) out[at + j] = vwaps[j]!;
    else if (o === SIGMA) for (let j = 0; j < len; j++) out[at + j] = sds[j]!;
    else if (o === BAND) {
      const p = this.sigmas[k]!;
      for (let j = 0; j < len; j++) out[at + j] = vwaps[j]! + p * sds[j]!;
    } else {
      const close = this.src.bars.close;
      for (let j = 0; j < len; j++) {
        const sd = sds[j]!;
        // Two stores, not a select (see BOXING in contract.ts).
        if (sd > 0) out[at + j] = (close[from + j]! - vwaps[j]!) / sd;
        else out[at + j] = Number.NaN;
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
