import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns } from "../feature-set.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** Rows where the columns differ bit for bit (NaN equal to NaN). */
function differences(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) d++;
  return d;
}

// The pass writes the first VWAP, σ and pd.vwap output straight into its column; a repeated one, a
// band or z reads what it wrote there (or, with no such output, from a chunk buffer).
describe("SessionVwapKernel outputs", () => {
  it("repeated members, and bands and z with or without their VWAP and σ columns, equal their own batch", () => {
    const bars = randomWalkBars(2000, 7);
    const src = featureSource(bars, labelBars(bars.time));
    for (const keys of [
      ["vwap.session", "pd.vwap", "vwap.session", "vwap.session.sigma", "pd.vwap", "vwap.session.sigma"],
      ["vwap.session.z", "vwap.session.upper:2", "pd.vwap", "vwap.session.z"],
      ["vwap.session.lower:1.5", "vwap.session.sigma", "vwap.session.upper:1"],
      ["vwap.session.upper:2", "vwap.session", "vwap.session.z", "vwap.session.upper:2"],
    ]) {
      const defs = keys.map((k) => registry.resolve(k));
      const cols = computeColumns(src, defs, undefined, { threads: 1 });
      defs.forEach((d, k) => {
        expect(differences(cols[k]!, d.batch(src)), `${keys.join(" ")}: ${d.key}`).toBe(0);
      });
    }
  });
});
