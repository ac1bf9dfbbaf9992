import type { FeatureDef, FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { CountingWindow } from "../kernels/counting-window.js";
import { resumMoments } from "../kernels/rolling-moments.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

/** What a member reads from the window's close, mean and σ. */
export enum Out {
  Sd,
  Z,
  Mid,
  Upper,
  Lower,
  Width,
  /** bb_width: 4σ/SMA, its fill in warm-up and for a non-finite value. */
  ModelWidth,
  /** bb.widthRank: rank of σ/SMA among its last `window` values. */
  WidthRank,
}

/** bb_width's fill value (SPEC §3). */
export const MODEL_WIDTH_FILL = 0.01;

/** Equal windows give mathematically equal widths that the rolling sums may miss by an ulp: ties within 1e-12. */
const TIE = 1e-12;

/** Bars per chunk: the moments of a chunk are worked out first, then each output reads them. */
const CHUNK = 256;

/**
 * Rolling mean and population σ of the close, read as any Bollinger-family output (bands, σ, z,
 * widths, the width's rank): every such feature over one period shares one pass (see
 * `SharedKernel`); a single feature is the kernel with one output. RollingMoments' state is kept
 * here so a range of bars runs it in locals (as fields it goes through memory every bar): the same
 * shifted sums, re-sum cadence and mean and variance expressions, so the same values.
 *
 * Bars go in chunks: one loop writes the chunk's means and σ (NaN while the window fills) to
 * scratch arrays, then each output runs its own tight loop over them. Choosing the output's formula
 * per bar inside the moments loop costs more than the whole output.
 */
class CloseMomentsKernel implements RangeKernel {
  private readonly ring: Float64Array;
  private readonly resumEvery: number;
  /** Per WidthRank output, the counting window of its last `window` widths (null for others). */
  private readonly windows: (CountingWindow | null)[];
  private readonly mean = new Float64Array(CHUNK);
  private readonly sd = new Float64Array(CHUNK);
  private pos = 0;
  private center = 0;
  private s1 = 0;
  private s2 = 0;
  private wraps = 0;
  private count = 0;
  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
    private readonly outputs: Int8Array,
    /** Per output, its band multiplier or rank window. */
    private readonly params: Float64Array,
  ) {
    this.ring = new Float64Array(period);
    this.resumEvery = Math.max(1, Math.ceil(RESUM_PUSHES / period));
    this.windows = Array.from(outputs, (o, k) => (o === Out.WidthRank ? new CountingWindow(params[k]!) : null));
  }

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const close = this.src.bars.close;
    const m = this.outputs.length;
    for (let a = from; a < to; a += CHUNK) {
      const b = Math.min(to, a + CHUNK);
      this.moments(close, a, b);
      for (let j = 0; j < m; j++) this.write(j, outs[j]!, close, a, b, shift);
    }
  }

  /** RollingMoments.push, .mean and .variance for bars [from, to): chunk slot i − from. */
  private moments(close: Float64Array, from: number, to: number): void {
    const ring = this.ring;
    const n = this.period;
    const resumEvery = this.resumEvery;
    const means = this.mean;
    const sds = this.sd;
    const inverse = 1 / n;
    let pos = this.pos;
    let center = this.center;
    let s1 = this.s1;
    let s2 = this.s2;
    let wraps = this.wraps;
    let count = this.count;
    for (let i = from; i < to; i++) {
      const c = close[i]!;
      if (count === 0) center = c;
      const d = c - center;
      if (count === n) {
        const o = ring[pos]! - center;
        s1 += d - o;
        s2 += d * d - o * o;
      } else {
        count++;
        s1 += d;
        s2 += d * d;
      }
      ring[pos] = c;
      if (++pos === n) {
        pos = 0;
        if (++wraps >= resumEvery) {
          wraps = 0;
          const r = resumMoments(ring, count);
          center = r[0]!;
          s1 = r[1]!;
          s2 = r[2]!;
        }
      }
      let mean = Number.NaN;
      let sd = Number.NaN;
      if (count === n) {
        // 1/n worked out once: two divisions a bar fewer, values within an ulp or so.
        const mm = s1 * inverse;
        mean = center + mm;
        const second = s2 * inverse;
        const v = second - mm * mm;
        sd = Math.sqrt(v > 1e-14 * second ? v : 0);
      }
      means[i - from] = mean;
      sds[i - from] = sd;
    }
    this.pos = pos;
    this.center = center;
    this.s1 = s1;
    this.s2 = s2;
    this.wraps = wraps;
    this.count = count;
  }

  /** Output j over the chunk [from, to) (NaN mean and σ mark the warm-up). */
  private write(j: number, out: Float64Array, close: Float64Array, from: number, to: number, shift: number): void {
    const means = this.mean;
    const sds = this.sd;
    const p = this.params[j]!;
    const o = this.outputs[j]!;
    const at = from - shift;
    const len = to - from;
    if (o === Out.Sd) for (let k = 0; k < len; k++) out[at + k] = sds[k]!;
    else if (o === Out.Mid) for (let k = 0; k < len; k++) out[at + k] = means[k]!;
    else if (o === Out.Upper) for (let k = 0; k < len; k++) out[at + k] = means[k]! + p * sds[k]!;
    else if (o === Out.Lower) for (let k = 0; k < len; k++) out[at + k] = means[k]! - p * sds[k]!;
    else if (o === Out.Width) for (let k = 0; k < len; k++) out[at + k] = (2 * p * sds[k]!) / means[k]!;
    else if (o === Out.Z) {
      for (let k = 0; k < len; k++) {
        const sd = sds[k]!;
        out[at + k] = sd > 0 ? (close[from + k]! - means[k]!) / sd : Number.NaN;
      }
    } else if (o === Out.ModelWidth) {
      for (let k = 0; k < len; k++) {
        const w = (4 * sds[k]!) / means[k]!;
        // Two stores, not a select with the module constant (see BOXING in contract.ts).
        if (w - w === 0) out[at + k] = w;
        else out[at + k] = MODEL_WIDTH_FILL;
      }
    } else {
      // Widths are NaN while the close window fills, which keeps the rank window from being full.
      const w = this.windows[j]!;
      const n = w.n;
      for (let k = 0; k < len; k++) {
        const x = sds[k]! / means[k]!;
        w.push(x);
        if (w.full) out[at + k] = w.countAtMost(x + x * TIE) / n;
        else out[at + k] = Number.NaN;
      }
    }
  }
}

/** A member's output and its parameter (band multiplier, or rank window), from its family. */
function outputOf(d: FeatureDef): [Out, number] {
  switch (d.family) {
    case "stdev":
      return [Out.Sd, 0];
    case "zscore":
      return [Out.Z, 0];
    case "bb.mid":
      return [Out.Mid, 0];
    case "bb.upper":
      return [Out.Upper, d.params.mult!];
    case "bb.lower":
      return [Out.Lower, d.params.mult!];
    case "bb.width":
      return [Out.Width, d.params.mult!];
    case "bb_width":
      return [Out.ModelWidth, 0];
    default:
      return [Out.WidthRank, d.params.window!];
  }
}

/** The close moments of one period, which every Bollinger-family feature of that period reads. */
export function closeMomentsKernel(period: number): SharedKernel {
  return sharedKernel(`closeMoments:${period}`, (src, members) => {
    const outs = members.map(outputOf);
    return new CloseMomentsKernel(
      src,
      period,
      Int8Array.from(outs, (o) => o[0]),
      Float64Array.from(outs, (o) => o[1]),
    );
  });
}

/** One feature's own stream: the kernel with its output alone. */
export function closeMomentsStream(src: FeatureSource, period: number, output: Out, param: number): FeatureStream {
  return new OneOutputStream(new CloseMomentsKernel(src, period, Int8Array.of(output), Float64Array.of(param)));
}
