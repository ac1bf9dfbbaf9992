import type { FeatureSource, FeatureStream } from "../contract.js";
import { defineFamily, type FeatureFamily, intParam, realParam } from "../family.js";
import { RollingMoments } from "../kernels/rolling-moments.js";
import { SortedWindow } from "../kernels/sorted-window.js";
import { trueRange } from "../kernels/true-range.js";

/** A per-bar series a rank or quantile is taken over; `make` returns the value reader for bar i. */
interface RankSource {
  readonly name: string;
  readonly describe: string;
  make(src: FeatureSource): (i: number) => number;
}

const SOURCES: readonly RankSource[] = [
  { name: "close", describe: "close", make: (src) => (i) => src.bars.close[i]! },
  { name: "volume", describe: "volume", make: (src) => (i) => src.bars.volume[i]! },
  {
    name: "tr",
    describe: "true range",
    make: (src) => (i) => {
      const b = src.bars;
      return trueRange(b.high, b.low, b.close, i);
    },
  },
  {
    // Bollinger width 4σ/SMA over 20 closes (= bb.width:20,2), S3's squeeze width.
    name: "bbWidth",
    describe: "Bollinger width (20, 2)",
    make: (src) => {
      const m = new RollingMoments(20);
      return (i) => {
        m.push(src.bars.close[i]!);
        return m.full ? (4 * Math.sqrt(m.variance())) / m.mean() : Number.NaN;
      };
    },
  },
];

function rankStream(
  src: FeatureSource,
  s: RankSource,
  n: number,
  out: (w: SortedWindow, x: number) => number,
): FeatureStream {
  const read = s.make(src);
  const w = new SortedWindow(n);
  return {
    update(i) {
      const x = read(i);
      w.push(x);
      return w.size === n && Number.isFinite(x) ? out(w, x) : Number.NaN;
    },
  };
}

/** `rank.<source>:{window}` — share of the last `window` values ≤ the current one (1 = highest). */
function rankFamily(s: RankSource): FeatureFamily {
  return defineFamily<{ window: number }>({
    name: `rank.${s.name}`,
    description: `rolling percentile rank of the ${s.describe}`,
    params: [intParam("window", 60, 2, 100_000)],
    warmup: (p) => p.window,
    createStream: (src, p) => rankStream(src, s, p.window, (w, x) => w.countAtMost(x) / w.size),
  });
}

/** `quantile.<source>:{window,q}` — linear-interpolated q-quantile of the last `window` values. */
function quantileFamily(s: RankSource): FeatureFamily {
  return defineFamily<{ window: number; q: number }>({
    name: `quantile.${s.name}`,
    description: `rolling quantile of the ${s.describe}`,
    params: [intParam("window", 60, 1, 100_000), realParam("q", 0.5, 0, 1)],
    warmup: (p) => p.window,
    createStream: (src, p) => rankStream(src, s, p.window, (w) => w.quantile(p.q)),
  });
}

/** rank.close, rank.volume, rank.tr, rank.bbWidth and the matching quantile.* families. */
export const rankFamilies: readonly FeatureFamily[] = [...SOURCES.map(rankFamily), ...SOURCES.map(quantileFamily)];
