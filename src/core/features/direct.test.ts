import { describe, expect, it } from "vitest";
import { labelBars } from "../market-time/index.js";
import { firstMismatch } from "./__tests__/compare.js";
import { DIRECT } from "./__tests__/direct.js";
import { randomWalkBars } from "./__tests__/fixtures.js";
import { createFeatureRegistry } from "./default-registry.js";
import { featureSource } from "./source.js";

// ~3 trade dates of a seeded random walk with gaps, zero-volume bars and session changes.
const bars = randomWalkBars(4000, 7);
const src = featureSource(bars, labelBars(bars.time));
const registry = createFeatureRegistry();

describe("batch equals a direct evaluation of each formula (1e-9)", () => {
  for (const [key, direct] of Object.entries(DIRECT)) {
    it(key, () => {
      const got = registry.resolve(key).batch(src);
      const want = Float64Array.from({ length: bars.length }, (_, i) => direct(src, i));
      const at = firstMismatch(got, want);
      expect(at === -1 ? "ok" : `bar ${at}: ${got[at]} vs ${want[at]}`).toBe("ok");
    });
  }
});
