import type { FeatureDef, FeatureSource, FeatureStream, SharedKernel } from "../contract.js";
import { OneOutputStream, type RangeKernel, sharedKernel } from "../shared-kernel.js";

/** Bars per chunk: the chunk's ATRs and EMAs are worked out first, then each output reads them. */
const CHUNK = 256;

/** What a member reads: the ATR itself (`emaPeriod` 0) or a Keltner channel EMA + offset × ATR. */
export interface AtrOutput {
  readonly emaPeriod: number;
  /** sign × mult of a channel (+ upper, − lower). */
  readonly offset: number;
}

/**
 * Wilder's ATR of one period (bar 0's true range is H − L; the mean of the first `period` true
 * ranges seeds it, then atr = atr·(1 − 1/period) + TR·(1/period)) and the Keltner channels built
 * on it (EMA(close) ± mult × ATR, the EMA seeded with the first close, x·α + prev·(1−α), as Ema).
 * `atr:20` and `kc.upper:20,20,…` read the same ATR, so a set holding both runs it once; a single
 * feature is the kernel with one output. Same operations in the same order as one ATR or one
 * Keltner channel alone, so the same values.
 */
class WilderAtrKernel implements RangeKernel {
  private count = 0;
  private seed = 0;
  private atr = Number.NaN;
  /** Per distinct EMA period: α, whether it has its seed, the value. */
  private readonly alphas: Float64Array;
  private readonly started: Uint8Array;
  private readonly emas: Float64Array;
  /** Per output: its EMA's index (−1 for the ATR), offset and first bar with a value. */
  private readonly emaOf: Int32Array;
  private readonly offsets: Float64Array;
  private readonly warmFrom: Int32Array;
  /** The chunk's ATRs when no output is the ATR itself (else the channels read that column). */
  private readonly atrs = new Float64Array(CHUNK);
  private readonly mids: Float64Array;

  constructor(
    private readonly src: FeatureSource,
    private readonly period: number,
    outputs: readonly AtrOutput[],
  ) {
    const periods = [...new Set(outputs.filter((o) => o.emaPeriod > 0).map((o) => o.emaPeriod))];
    this.alphas = Float64Array.from(periods, (p) => 2 / (p + 1));
    this.started = new Uint8Array(periods.length);
    this.emas = new Float64Array(periods.length).fill(Number.NaN);
    this.emaOf = Int32Array.from(outputs, (o) => (o.emaPeriod > 0 ? periods.indexOf(o.emaPeriod) : -1));
    this.offsets = Float64Array.from(outputs, (o) => o.offset);
    // The ATR answers NaN by itself before its seed; a channel waits for both of its averages.
    this.warmFrom = Int32Array.from(outputs, (o) => (o.emaPeriod > 0 ? Math.max(o.emaPeriod, period) - 1 : 0));
    this.mids = new Float64Array(CHUNK * periods.length);
  }

  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const m = this.emaOf.length;
    // The first ATR output (if any) is written by the ATR loop itself; the others read it there.
    const first = this.emaOf.indexOf(-1);
    const direct = first < 0 ? this.atrs : outs[first]!;
    for (let a = from; a < to; a += CHUNK) {
      const b = Math.min(to, a + CHUNK);
      const at = first < 0 ? a : shift;
      this.averages(a, b, direct, at);
      for (let j = 0; j < m; j++) if (j !== first) this.write(j, outs[j]!, a, b, shift, direct, at);
    }
  }

  /**
   * The ATR of bars [from, to) into direct[i − at], and every EMA into its chunk slots. The true
   * range is worked out in the loop, exactly as `writeTrueRanges` does (same fast path, same
   * Math.max fallback; bar 0, in the seed, H − L), instead of read from the shared column (`trueRangeColumn`):
   * it fills the slots the Wilder step's multiply-add chain leaves idle (0.16 ms per 86 k bars for
   * the step alone, 0.25 with it), where the column cost its own pass plus a new 86 k-row array per
   * feature source. The other true-range readers keep the column.
   */
  private averages(from: number, to: number, direct: Float64Array, at: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const period = this.period;
    // Wilder's step as a multiply-add with constant weights: only a multiply and an add wait on
    // the previous ATR (a division there costs ~4× the whole step); values move by an ulp or so.
    const keep = (period - 1) / period;
    const weight = 1 / period;
    let count = this.count;
    let seed = this.seed;
    let atr = this.atr;
    let i = from;
    let pc = from > 0 ? close[from - 1]! : 0;
    // The seed: the first `period` true ranges by the plain formula (which writeTrueRanges' fast
    // path equals exactly, see true-range.test.ts), in a loop of their own so the main loop tests
    // no count (0.56 → 0.50 ms per 86 k bars, alternating in one process).
    for (; i < to && count < period; i++) {
      const h = high[i]!;
      const l = low[i]!;
      let x = h - l;
      if (i > 0) {
        const u = Math.abs(h - pc);
        const d = Math.abs(l - pc);
        if (x > u) x = Math.max(x, d);
        else x = Math.max(u, d);
      }
      pc = close[i]!;
      seed += x;
      if (++count === period) atr = seed / period;
      direct[i - at] = atr;
    }
    for (; i < to; i++) {
      const h = high[i]!;
      const l = low[i]!;
      let hi = h;
      if (pc > h) hi = pc;
      let lo = l;
      if (pc < l) lo = pc;
      let x = hi - lo;
      // writeTrueRanges' check (see there); the rare bars it leaves take the plain formula.
      if (!(x > 0 && x < Number.POSITIVE_INFINITY && h >= l && pc <= hi)) {
        const r = h - l;
        const u = Math.abs(h - pc);
        const d = Math.abs(l - pc);
        if (r > u) x = Math.max(r, d);
        else x = Math.max(u, d);
      }
      pc = close[i]!;
      atr = atr * keep + x * weight;
      direct[i - at] = atr;
    }
    this.count = count;
    this.seed = seed;
    this.atr = atr;
    const mids = this.mids;
    for (let e = 0; e < this.alphas.length; e++) {
      const k = this.alphas[e]!;
      const base = e * CHUNK - from;
      let v = this.emas[e]!;
      let i = from;
      if (this.started[e] === 0 && i < to) {
        this.started[e] = 1;
        v = close[i]!;
        mids[base + i] = v;
        i++;
      }
      for (; i < to; i++) {
        v = close[i]! * k + v * (1 - k);
        mids[base + i] = v;
      }
      this.emas[e] = v;
    }
  }

  /** Output j over the chunk [from, to), from the ATRs in atrs[i − at]. */
  private write(
    j: number,
    out: Float64Array,
    from: number,
    to: number,
    shift: number,
    atrs: Float64Array,
    at: number,
  ): void {
    const e = this.emaOf[j]!;
    if (e < 0) {
      for (let i = from; i < to; i++) out[i - shift] = atrs[i - at]!;
      return;
    }
    const mids = this.mids;
    const base = e * CHUNK - from;
    const offset = this.offsets[j]!;
    const warmFrom = this.warmFrom[j]!;
    for (let i = from; i < to; i++) {
      // Two stores, not a select (see BOXING in contract.ts).
      if (i >= warmFrom) out[i - shift] = mids[base + i]! + offset * atrs[i - at]!;
      else out[i - shift] = Number.NaN;
    }
  }
}

/** The ATR of `period` that `atr:period` and every Keltner channel over it read. */
export function wilderAtrKernel(period: number): SharedKernel {
  return sharedKernel(`wilderAtr:${period}`, (src, members: readonly FeatureDef[]) => {
    const outputs = members.map((d): AtrOutput => {
      if (d.family === "atr") return { emaPeriod: 0, offset: 0 };
      return { emaPeriod: d.params.emaPeriod!, offset: (d.family === "kc.lower" ? -1 : 1) * d.params.mult! };
    });
    return new WilderAtrKernel(src, period, outputs);
  });
}

/** One feature's own stream: the kernel with its output alone. */
export function wilderAtrStream(src: FeatureSource, period: number, output: AtrOutput): FeatureStream {
  return new OneOutputStream(new WilderAtrKernel(src, period, [output]));
}
