import { describe, expect, it } from "vitest";
import { labelBars } from "../market-time/index.js";
import { randomWalkBars } from "./__tests__/fixtures.js";
import { createFeatureRegistry } from "./default-registry.js";
import { computeColumns, createFeatureSetStream } from "./feature-set.js";
import { featureSource, liveBarAt, StreamingBars } from "./source.js";

const registry = createFeatureRegistry();

/** First row where the columns differ bit for bit (NaN equal to NaN), or −1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}
// Groups: true range and close (window 60) with ranks and quantiles mixed; the close moments of
// period 20 (bands, widths, the model's bb_width, width ranks over two windows); the Wilder ATR of
// period 20 with Keltner channels over two EMA periods; the session VWAP family with pd.vwap; the on.window
// pair; the trade-date levels and two ADRs; plus loners.
const KEYS = [
  "quantile.tr:60,0.5",
  "ema:20",
  "rank.tr:60",
  "quantile.tr:60,0.6",
  "rank.close:60",
  "quantile.close:60,0.9",
  "stdev:20",
  "bb_width",
  "bb.widthRank:20,60",
  "zscore:20",
  "bb.upper:20,2",
  "bb.widthRank:20,30",
  "atr:20",
  "kc.upper:20,20,1.5",
  "kc.lower:30,20,2",
  "kc.upper:10,20,1",
  "atr:14",
  "vwap.session",
  "vwap.session.z",
  "vwap.session.upper:2",
  "vwap.session.sigma",
  "vwap.session.lower:1.5",
  "pd.vwap",
  "on.window.high:1080,568",
  "on.window.low:1080,568",
  "day.high",
  "pd.close",
  "day.low",
  "adr:20",
  "adr:5",
];

describe("shared kernels", () => {
  it("ranks and quantiles over one source and window share a kernel id; other windows do not", () => {
    const id = (k: string) => registry.resolve(k).shared?.id;
    expect(id("quantile.tr:60,0.5")).toBe(id("rank.tr:60"));
    expect(id("quantile.tr:60,0.5")).toBe(id("quantile.tr:60,0.6"));
    expect(id("quantile.tr:30,0.5")).not.toBe(id("quantile.tr:60,0.5"));
    expect(id("rank.close:60")).not.toBe(id("rank.tr:60"));
    expect(id("ema:20")).toBeUndefined();
    expect(id("bb_width")).toBe(id("stdev:20"));
    expect(id("bb.widthRank:20,60")).toBe(id("bb.width:20,2"));
    expect(id("bb.widthRank:30,60")).not.toBe(id("bb_width"));
    expect(id("atr:20")).toBe(id("kc.upper:20,20,1.5"));
    expect(id("kc.lower:30,20,2")).toBe(id("atr:20"));
    expect(id("atr:14")).not.toBe(id("atr:20"));
    expect(id("pd.vwap")).toBe(id("vwap.session"));
  });

  it("pd.vwap is the same alone, with the session VWAP family and with only vwap.session", () => {
    const bars = randomWalkBars(3000, 11);
    const src = featureSource(bars, labelBars(bars.time));
    const own = registry.resolve("pd.vwap").batch(src);
    for (const keys of [
      ["vwap.session", "pd.vwap"],
      ["pd.vwap", "vwap.session.z", "vwap.session.sigma"],
    ]) {
      const defs = keys.map((k) => registry.resolve(k));
      const cols = computeColumns(src, defs);
      const at = keys.indexOf("pd.vwap");
      expect(firstDifference(cols[at]!, own), keys.join(" ")).toBe(-1);
      for (let j = 0; j < keys.length; j++) expect(firstDifference(cols[j]!, defs[j]!.batch(src)), keys[j]).toBe(-1);
    }
  });

  it("a group's one pass, batch and live, equals each member's own batch exactly", () => {
    const bars = randomWalkBars(3000, 5);
    const labels = labelBars(bars.time);
    const src = featureSource(bars, labels);
    const defs = KEYS.map((k) => registry.resolve(k));
    const cols = computeColumns(src, defs);
    const live = new StreamingBars("ES", undefined, 8);
    const set = createFeatureSetStream(live.source(), defs, 4);
    for (let i = 0; i < bars.length; i++) {
      live.append(liveBarAt(bars, labels, i));
      set.update(i);
    }
    defs.forEach((d, k) => {
      const own = d.batch(src);
      expect(firstDifference(cols[k]!, own), d.key).toBe(-1);
      expect(firstDifference(set.column(k).subarray(0, bars.length), own), d.key).toBe(-1);
    });
  });
});
