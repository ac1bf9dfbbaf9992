import { describe, expect, it } from "vitest";
import { synthBars } from "../data/synth/synth-bars.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import { featureSource } from "../features/source.js";
import { labelBars } from "../market-time/default-clock.js";
import { registryColumns } from "./prepare.js";

describe("registryColumns", () => {
  const bars = synthBars({ symbol: "ES", from: "2026-03-02", to: "2026-03-06", seed: 3 });
  const labels = labelBars(bars.time);
  const registry = createFeatureRegistry();
  const keys = ["day.high", "pd.close", "adr:20", "vwap.session", "vwap.session.sigma", "atr", "atr:14"];

  it("prefetch computes a run's keys together, with the values each computed alone gives", () => {
    const together = registryColumns(registry, featureSource(bars, labels));
    together.prefetch?.(keys);
    const alone = registryColumns(registry, featureSource(bars, labels));
    for (const key of keys) {
      const col = together.column(key);
      expect(col).toBe(together.column(key));
      expect(Array.from(col), key).toEqual(Array.from(alone.column(key)));
    }
    // atr and atr:14 are one canonical key: one column
    expect(together.column("atr")).toBe(together.column("atr:14"));
  });

  it("prefetch computes only what is missing and keeps columns already handed out", () => {
    const cols = registryColumns(registry, featureSource(bars, labels));
    const first = cols.column("day.high");
    cols.prefetch?.(["day.high", "day.low"]);
    expect(cols.column("day.high")).toBe(first);
    expect(cols.column("day.low")).toHaveLength(bars.length);
  });

  it("names an unknown key", () => {
    const cols = registryColumns(registry, featureSource(bars, labels));
    expect(() => cols.prefetch?.(["nope:3"])).toThrow(expect.objectContaining({ code: "SK_FEATURE_UNKNOWN" }));
  });
});
