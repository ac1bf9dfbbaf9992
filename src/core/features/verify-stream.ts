import { SessionkitError } from "../errors/index.js";
import type { FeatureDef, FeatureSource } from "./contract.js";
import { liveBarAt, StreamingBars } from "./source.js";

export const STREAM_TOLERANCE = 1e-9;

/**
 * Replays the dataset bar by bar through a live buffer and each feature's stream, and checks every
 * value against the batch column (|a − b| ≤ 1e-9·max(1, |b|); NaN equals NaN). Throws
 * SK_FEATURE_STREAM_MISMATCH naming the first feature, bar and both values that differ.
 */
export function verifyStreaming(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  batch: readonly Float64Array[],
): number {
  const { bars, labels } = src;
  const live = new StreamingBars(bars.symbol, bars.contract, Math.max(16, bars.length));
  const liveSrc = live.source(src.externals);
  const streams = defs.map((d) => d.createStream(liveSrc));
  let checked = 0;
  for (let i = 0; i < bars.length; i++) {
    live.append(liveBarAt(bars, labels, i));
    for (let k = 0; k < streams.length; k++) {
      const s = streams[k]!.update(i);
      const b = batch[k]![i]!;
      checked++;
      if (Number.isNaN(s) && Number.isNaN(b)) continue;
      if (!(Math.abs(s - b) <= STREAM_TOLERANCE * Math.max(1, Math.abs(b)))) {
        const key = defs[k]!.key;
        throw new SessionkitError(
          "SK_FEATURE_STREAM_MISMATCH",
          `${key} at bar ${i} (${new Date(bars.time[i]!).toISOString()}): stream ${s} vs batch ${b}.`,
          { path: key, value: s },
        );
      }
    }
  }
  return checked;
}
