import type { FeatureSource } from "../contract.js";
import type { RangeKernel } from "../shared-kernel.js";

/** Output codes of `SessionVwapKernel`. */
export const VWAP = 0;
export const SIGMA = 1;
export const BAND = 2;
export const Z = 3;
export const PD_VWAP = 4;
/** Bars per chunk (see SessionVwapKernel). */
const CHUNK = 256;

/**
 * Session-anchored VWAP and its volume-weighted population σ of the typical price (SPEC §5, S2),
 * answering any of VWAP, σ, σ bands and z per bar: the features of one dataset share one pass of it
 * (see `SharedKernel`); a single feature is the kernel with one output. A set that also reads
 * `pd.vwap` runs `SessionPriorVwapKernel`, the same pass with the previous date's sums added.
 *
 * Anchored at the trade-date open (18:00 ET) for Overnight bars and at 09:30 ET for RTH and PostRTH
 * bars. Volumes weigh as max(0, v). Sums are kept relative to the anchor's first typical price so
 * σ does not suffer from cancellation; they restart at every anchor, so nothing drifts. Bars in
 * closed market time (session −1) stay with the current anchor. The state lives in locals over a
 * range of bars (as object fields it goes through memory on every bar) and is stored back once.
 * Bars go in chunks: VWAP and σ first, then a tight loop per output (choosing an output's formula
 * per bar costs about as much as the VWAP).
 */
export class SessionVwapKernel implements RangeKernel {
  protected anchor = -1;
  protected started = false;
  protected shift = 0;
  protected sv = 0;
  protected s1 = 0;
  protected s2 = 0;
  /** The chunk's VWAPs, σ and previous-date VWAPs: worked out first, then each output reads them. */
  protected readonly vwaps = new Float64Array(CHUNK);
  protected readonly sds = new Float64Array(CHUNK);
  protected readonly pds = new Float64Array(CHUNK);
  constructor(
    protected readonly src: FeatureSource,
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
  protected step(from: number, to: number): void {
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
    else if (o === PD_VWAP) {
      const pds = this.pds;
      for (let j = 0; j < len; j++) out[at + j] = pds[j]!;
    } else if (o === BAND) {
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
