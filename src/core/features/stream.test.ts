import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSessionkitError } from "../errors/index.js";
import { labelBars } from "../market-time/index.js";
import { firstMismatch } from "./__tests__/compare.js";
import { makeBars, randomWalkBars } from "./__tests__/fixtures.js";
import { MODEL_FEATURE_NAMES } from "./builtin/index.js";
import { createFeatureRegistry } from "./default-registry.js";
import { computeColumns, createFeatureSetStream } from "./feature-set.js";
import { FeatureFrameCache } from "./frame.js";
import { STRATEGY_DEFAULT_FEATURES } from "./indicators/index.js";
import { featureSource, liveBarAt, StreamingBars } from "./source.js";

const registry = createFeatureRegistry();
const EXTRA = [
  "sma:20",
  "atr.sma:14",
  "rsi.cutler:14",
  "zscore:20",
  "bb.mid:20",
  "bb.width:20,2",
  "rank.close:60",
  "rank.bbWidth:60",
];
const ALL_KEYS = [...MODEL_FEATURE_NAMES, ...STRATEGY_DEFAULT_FEATURES, ...EXTRA];

describe("streaming equals batch", () => {
  it("every model feature and indicator, fed bar by bar through a growing live buffer", () => {
    const bars = randomWalkBars(6000, 11);
    const labels = labelBars(bars.time);
    const batchSrc = featureSource(bars, labels);
    const live = new StreamingBars("ES", undefined, 16); // small capacity: exercises re-allocation
    const liveSrc = live.source();
    const streams = ALL_KEYS.map((k) => registry.resolve(k).createStream(liveSrc));
    const got = ALL_KEYS.map(() => new Float64Array(bars.length));
    for (let i = 0; i < bars.length; i++) {
      live.append(liveBarAt(bars, labels, i));
      for (let k = 0; k < streams.length; k++) got[k]![i] = streams[k]!.update(i);
    }
    const bad = ALL_KEYS.flatMap((key, k) => {
      const at = firstMismatch(got[k]!, registry.resolve(key).batch(batchSrc));
      return at === -1 ? [] : [`${key} @${at}`];
    });
    expect(bad).toEqual([]);
  });
});

describe("feature sets", () => {
  it("computeColumns and a live FeatureSetStream (growing columns) equal each feature's own batch", () => {
    const bars = randomWalkBars(3000, 21);
    const src = featureSource(bars, labelBars(bars.time));
    const defs = ALL_KEYS.map((k) => registry.resolve(k));
    const cols = computeColumns(src, defs);
    const set = createFeatureSetStream(src, defs, 8); // tiny capacity: columns must grow
    for (let i = 0; i < bars.length; i++) set.update(i);
    expect(set.length).toBe(bars.length);
    const bad = defs.flatMap((d, k) => {
      const want = d.batch(src);
      const a = firstMismatch(cols[k]!, want);
      const b = firstMismatch(set.column(k).subarray(0, bars.length), want);
      return a === -1 && b === -1 ? [] : [`${d.key} set@${a} stream@${b}`];
    });
    expect(bad).toEqual([]);
    expect(set.value(0, 5)).toBe(cols[0]![5]);
  });
});

describe("causality", () => {
  it("changing any bar after t never changes any feature at or before t (property)", () => {
    const base = randomWalkBars(1500, 3);
    const labels = labelBars(base.time);
    const before = ALL_KEYS.map((k) => registry.resolve(k).batch(featureSource(base, labels)));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1498 }), fc.integer({ min: 1, max: 1_000_000 }), (t, salt) => {
        const bump = (col: Float64Array, scale: number) =>
          col.map((x, i) => (i > t ? x + (((i * 7919 + salt) % 17) - 8) * scale : x));
        const close = bump(base.close, 0.25);
        const changed = makeBars({
          time: Array.from(base.time),
          open: Array.from(bump(base.open, 0.5)),
          close: Array.from(close),
          high: Array.from(bump(base.high, 0.75)),
          low: Array.from(bump(base.low, 0.75)),
          volume: Array.from(bump(base.volume, 3)),
        });
        const src = featureSource(changed, labels);
        return ALL_KEYS.every((k, j) => {
          const after = registry.resolve(k).batch(src);
          for (let i = 0; i <= t; i++) if (!Object.is(after[i], before[j]![i])) return false;
          return true;
        });
      }),
      { seed: 42, numRuns: 12 },
    );
  });
});

describe("FeatureRegistry", () => {
  it("resolves defaults and aliases to one definition per canonical key", () => {
    expect(registry.resolve("atr").key).toBe("atr:14");
    expect(registry.resolve("atr:14")).toBe(registry.resolve("atr"));
    expect(registry.resolve("kc.upper:20,20,1.5").params).toEqual({ emaPeriod: 20, atrPeriod: 20, mult: 1.5 });
    expect(registry.resolve("vwap.session").warmup).toBe(1);
    expect(registry.resolve("ret_1m").fill).toBe(0);
  });

  it("unknown names, bad parameters and duplicates are coded errors", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isSessionkitError(e)) return `${e.code}: ${e.message}`;
      }
      return "no error";
    };
    expect(err(() => registry.resolve("atrr:14"))).toMatchInlineSnapshot(
      `"SK_FEATURE_UNKNOWN: feature "atrr:14" is not registered."`,
    );
    expect(err(() => registry.resolve("atr:0"))).toMatchInlineSnapshot(
      `"SK_FEATURE_KEY_INVALID: feature key "atr:0": parameter period = 0 must be an integer in [1, 10000]."`,
    );
    expect(err(() => registry.resolve("atr:14.5"))).toContain("must be an integer");
    expect(err(() => registry.resolve("atr:x"))).toContain('argument 1 "x" is not a number');
    expect(err(() => registry.resolve("atr:14,2"))).toContain("atr takes 1 parameter(s) (period), got 2");
    expect(err(() => registry.resolve("9bad"))).toContain("is malformed");
    expect(err(() => registry.register(registry.family("ema")!))).toMatchInlineSnapshot(
      `"SK_FEATURE_DUPLICATE: feature "ema" is registered twice."`,
    );
  });
});

describe("FeatureFrameCache", () => {
  it("computes each column of a dataset once and reuses it across frames", () => {
    const bars = randomWalkBars(500, 5);
    const src = featureSource(bars, labelBars(bars.time));
    const cache = new FeatureFrameCache(registry);
    const a = cache.frame(src, ["atr", "ema:20", "ret_1m"]);
    expect(cache.computed).toBe(3);
    const b = cache.frame(src, ["atr:14", "ema", "rsi:14"]);
    expect(cache.computed).toBe(4);
    expect(b.column("atr")).toBe(a.column("atr:14"));
    expect(b.has("ret_1m")).toBe(false);
    expect(b.has("nonsense:3")).toBe(false);
    expect(() => b.column("ret_1m")).toThrow(/not in this FeatureFrame/);
    // Another dataset with the same content hashes the same; different content does not.
    const copy = { ...bars, close: bars.close.slice() };
    cache.frame(featureSource(copy, src.labels), ["atr"]);
    expect(cache.computed).toBe(4);
    copy.close[3] = copy.close[3]! + 1;
    const changed = { ...copy, close: copy.close.slice() };
    cache.frame(featureSource(changed, src.labels), ["atr"]);
    expect(cache.computed).toBe(5);
  });
});
