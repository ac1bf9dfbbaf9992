import type { FeatureSource, FeatureStream, GroupStream, SharedKernel } from "../contract.js";
import { defineFamily, type FeatureFamily, intParam, realParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";
import { SortedWindow } from "../kernels/sorted-window.js";
import { OneOutputStream, type RangeKernel } from "../shared-kernel.js";
import { TrueRangeWindowKernel } from "./true-range-window.js";

/** The per-bar series a rank or quantile is taken over. */
const SOURCES = [
  { name: "close", describe: "close" },
  { name: "volume", describe: "volume" },
  { name: "tr", describe: "true range" },
  // Bollinger width 4σ/SMA over 20 closes (= bb.width:20,2, bb_width), S3's squeeze width.
  { name: "bbWidth", describe: "Bollinger width (20, 2)" },
] as const;
const CLOSE = 0;
const VOLUME = 1;
const TR = 2;

/**
 * One sorted window over a source series, answering any number of outputs per bar: a rank (q NaN)
 * or a q-quantile each. A single feature is this kernel with one output; features over the same
 * source and window share one (see `SharedKernel`), so both read the very same window.
 */
class SortedSourceKernel implements RangeKernel {
  private readonly w: SortedWindow;
  private readonly bb = new RollingMoments(20);
  private readonly hasRank: boolean;
  /** Per output: 1 for a rank, else 0 and the quantile's position lo + frac in a full window. */
  private readonly isRank: Uint8Array;
  private readonly lo: Int32Array;
  private readonly frac: Float64Array;
  constructor(
    private readonly src: FeatureSource,
    private readonly source: number,
    private readonly window: number,
    /** Per output: NaN for a rank, else the quantile q. */
    qs: Float64Array,
  ) {
    this.w = new SortedWindow(window);
    this.hasRank = qs.some(Number.isNaN);
    this.isRank = Uint8Array.from(qs, (q) => (Number.isNaN(q) ? 1 : 0));
    // The values are only answered for a full window, so q's position q·(window − 1) is fixed.
    const at = Float64Array.from(qs, (q) => (Number.isNaN(q) ? 0 : q * (window - 1)));
    this.lo = Int32Array.from(at, (a) => Math.floor(a));
    this.frac = Float64Array.from(at, (a) => a - Math.floor(a));
  }

  private bbWidth(close: number): number {
    this.bb.push(close);
    return this.bb.full ? (4 * Math.sqrt(this.bb.variance())) / this.bb.mean() : Number.NaN;
  }

  /** Bars [from, to) into outs[k][i − shift]. */
  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void {
    const w = this.w;
    const m = this.isRank.length;
    const isRank = this.isRank;
    const los = this.lo;
    const fracs = this.frac;
    const hasRank = this.hasRank;
    const window = this.window;
    const source = this.source;
    const b = this.src.bars;
    const close = b.close;
    const volume = b.volume;
    for (let i = from; i < to; i++) {
      const x = source === CLOSE ? close[i]! : source === VOLUME ? volume[i]! : this.bbWidth(close[i]!);
      // pushCount and push leave the same sorted contents; the count is only needed for a rank.
      let count = 0;
      if (hasRank) count = w.pushCount(x);
      else w.push(x);
      const ok = w.size === window && x - x === 0;
      for (let k = 0; k < m; k++) {
        outs[k]![i - shift] = !ok ? Number.NaN : isRank[k] === 1 ? count / window : w.quantileAt(los[k]!, fracs[k]!);
      }
    }
  }
}

/** The kernel of `window` values of `source` writing one output per q (NaN for a rank). */
function sourceKernel(src: FeatureSource, source: number, window: number, qs: Float64Array): RangeKernel {
  // True ranges sit on the tick grid with few distinct values per window: a tally of counts moves
  // far less than a sorted window. Closes, volumes and widths have too many distinct values for it.
  if (source === TR) return new TrueRangeWindowKernel(src, window, qs);
  return new SortedSourceKernel(src, source, window, qs);
}

/** A group of ranks/quantiles over one window: the kernel with one output per member. */
class SourceGroupStream implements GroupStream {
  constructor(private readonly kernel: RangeKernel) {}
  fill(outs: readonly Float64Array[], from: number, to: number): void {
    this.kernel.run(outs, from, to, 0);
  }
}

/** A single rank or quantile feature: the kernel with one output. */
function sourceStream(src: FeatureSource, source: number, window: number, q: number): FeatureStream {
  return new OneOutputStream(sourceKernel(src, source, window, Float64Array.of(q)));
}

/** The window every rank/quantile over `source` and `window` reads. */
function sortedKernel(source: number, window: number): SharedKernel {
  return {
    id: `sorted:${SOURCES[source]!.name}:${window}`,
    createGroupStream: (src, members) =>
      new SourceGroupStream(
        sourceKernel(
          src,
          source,
          window,
          Float64Array.from(members, (d) => d.params.q ?? Number.NaN),
        ),
      ),
  };
}

/** `rank.<source>:{window}` — share of the last `window` values ≤ the current one (1 = highest). */
function rankFamily(source: number): FeatureFamily {
  const s = SOURCES[source]!;
  return defineFamily<{ window: number }>({
    name: `rank.${s.name}`,
    description: `rolling percentile rank of the ${s.describe}`,
    params: [intParam("window", 60, 2, 100_000)],
    warmup: (p) => p.window,
    createStream: (src, p) => sourceStream(src, source, p.window, Number.NaN),
    shared: (p) => sortedKernel(source, p.window),
  });
}

/** `quantile.<source>:{window,q}` — linear-interpolated q-quantile of the last `window` values. */
function quantileFamily(source: number): FeatureFamily {
  const s = SOURCES[source]!;
  return defineFamily<{ window: number; q: number }>({
    name: `quantile.${s.name}`,
    description: `rolling quantile of the ${s.describe}`,
    params: [intParam("window", 60, 1, 100_000), realParam("q", 0.5, 0, 1)],
    warmup: (p) => p.window,
    createStream: (src, p) => sourceStream(src, source, p.window, p.q),
    shared: (p) => sortedKernel(source, p.window),
  });
}

/** rank.close, rank.volume, rank.tr, rank.bbWidth and the matching quantile.* families. */
export const rankFamilies: readonly FeatureFamily[] = [
  ...SOURCES.map((_, k) => rankFamily(k)),
  ...SOURCES.map((_, k) => quantileFamily(k)),
];
