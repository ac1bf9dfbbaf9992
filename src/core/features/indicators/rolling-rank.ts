import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, type FeatureFamily, intParam, realParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";
import { SortedWindow } from "../kernels/sorted-window.js";
import { trueRange } from "../kernels/true-range.js";

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

class SortedSourceStream implements FeatureStream {
  private readonly w: SortedWindow;
  private readonly bb = new RollingMoments(20);
  constructor(
    private readonly src: FeatureSource,
    private readonly source: number,
    private readonly window: number,
    /** NaN for a rank, else the quantile q. */
    private readonly q: number,
  ) {
    this.w = new SortedWindow(window);
  }

  private value(i: number): number {
    const b = this.src.bars;
    if (this.source === CLOSE) return b.close[i]!;
    if (this.source === VOLUME) return b.volume[i]!;
    if (this.source === TR) return trueRange(b.high, b.low, b.close, i);
    this.bb.push(b.close[i]!);
    return this.bb.full ? (4 * Math.sqrt(this.bb.variance())) / this.bb.mean() : Number.NaN;
  }

  update(i: number): number {
    const x = this.value(i);
    const w = this.w;
    if (Number.isNaN(this.q)) {
      const count = w.pushCount(x);
      return w.size === this.window && x - x === 0 ? count / w.size : Number.NaN;
    }
    w.push(x);
    return w.size === this.window && x - x === 0 ? w.quantile(this.q) : Number.NaN;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** `rank.<source>:{window}` — share of the last `window` values ≤ the current one (1 = highest). */
function rankFamily(source: number): FeatureFamily {
  const s = SOURCES[source]!;
  return defineFamily<{ window: number }>({
    name: `rank.${s.name}`,
    description: `rolling percentile rank of the ${s.describe}`,
    params: [intParam("window", 60, 2, 100_000)],
    warmup: (p) => p.window,
    createStream: (src, p) => new SortedSourceStream(src, source, p.window, Number.NaN),
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
    createStream: (src, p) => new SortedSourceStream(src, source, p.window, p.q),
  });
}

/** rank.close, rank.volume, rank.tr, rank.bbWidth and the matching quantile.* families. */
export const rankFamilies: readonly FeatureFamily[] = [
  ...SOURCES.map((_, k) => rankFamily(k)),
  ...SOURCES.map((_, k) => quantileFamily(k)),
];
