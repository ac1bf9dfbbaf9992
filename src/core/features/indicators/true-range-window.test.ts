import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { plainTrueRange as trueRange } from "../__tests__/true-range.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns } from "../feature-set.js";
import { featureSource } from "../source.js";

/** The sorted window of the last `n` true ranges at bar i, or null unless all n are finite. */
function windowAt(high: Float64Array, low: Float64Array, close: Float64Array, i: number, n: number): number[] | null {
  if (i + 1 < n) return null;
  const w: number[] = [];
  for (let k = i - n + 1; k <= i; k++) w.push(trueRange(high, low, close, k));
  return w.every(Number.isFinite) ? w.sort((a, b) => a - b) : null;
}

function quantileOf(sorted: number[], q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const a = sorted[lo]!;
  return at === lo ? a : a + (sorted[lo + 1]! - a) * (at - lo);
}

const registry = createFeatureRegistry();
const SETS = [
  ["quantile.tr:20,0.5", "quantile.tr:20,0.6"],
  ["quantile.tr:20,0.25"],
  ["rank.tr:20"],
  ["quantile.tr:20,1", "quantile.tr:20,0"],
  ["quantile.tr:20,0.5", "rank.tr:20", "quantile.tr:20,1"],
  ["quantile.tr:20,0.5", "quantile.tr:20,0.52"],
];

describe("true-range ranks and quantiles", () => {
  it("equal the sorted window, in every output grouping, with NaN and off-grid prices (property)", () => {
    const bars = randomWalkBars(1500, 21);
    const labels = labelBars(bars.time);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(bars.length - 1), fc.constantFrom(Number.NaN, 0.1, 1e6)), { maxLength: 4 }),
        (holes) => {
          const high = Float64Array.from(bars.high);
          for (const [k, v] of holes) high[k] = Number.isNaN(v) ? v : high[k]! + v;
          const src = featureSource({ ...bars, high }, labels);
          return SETS.every((keys) => {
            const defs = keys.map((k) => registry.resolve(k));
            const cols = computeColumns(src, defs);
            return defs.every((d, j) => {
              for (let i = 0; i < bars.length; i++) {
                const w = windowAt(high, bars.low, bars.close, i, 20);
                const x = trueRange(high, bars.low, bars.close, i);
                const want =
                  w === null
                    ? Number.NaN
                    : d.family === "rank.tr"
                      ? w.filter((v) => v <= x).length / 20
                      : quantileOf(w, d.params.q!);
                if (!Object.is(cols[j]![i], want)) return false;
              }
              return true;
            });
          });
        },
      ),
      { seed: 42, numRuns: 15 },
    );
  });

  it("one bar at a time equals the batch column", () => {
    const bars = randomWalkBars(800, 4);
    const src = featureSource(bars, labelBars(bars.time));
    for (const key of ["quantile.tr:20,0.5", "rank.tr:20"]) {
      const d = registry.resolve(key);
      const stream = d.createStream(src);
      const live = Float64Array.from({ length: bars.length }, (_, i) => stream.update(i));
      expect(live).toEqual(d.batch(src));
    }
  });
});
