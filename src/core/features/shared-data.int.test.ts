import { describe, expect, it } from "vitest";
import { createBars } from "../data/index.js";
import { firstMismatch } from "./__tests__/compare.js";
import { DIRECT } from "./__tests__/direct.js";
import { loadShared, sharedFiles } from "./__tests__/shared-datasets.js";
import { MODEL_FEATURE_NAMES } from "./builtin/index.js";
import type { FeatureSource } from "./contract.js";
import { createFeatureRegistry } from "./default-registry.js";
import { STRATEGY_DEFAULT_FEATURES } from "./indicators/index.js";
import { featureSource } from "./source.js";
import { verifyStreaming } from "./verify-stream.js";

const registry = createFeatureRegistry();
const KEYS = [
  ...MODEL_FEATURE_NAMES,
  ...STRATEGY_DEFAULT_FEATURES,
  "sma:20",
  "atr.sma:14",
  "rsi.cutler:14",
  "zscore:20",
  "rank.bbWidth:60",
];
// Rolling features whose direct evaluation is O(window) per bar: checked for drift on long series.
const ROLLING = [
  "ret_1m",
  "ret_5m",
  "atr_14",
  "rsi_14",
  "vwap_dist",
  "bb_width",
  "hour_frac",
  "session_flag",
  "session_type",
  "sma:20",
  "stdev:20",
  "zscore:20",
  "bb.upper:20,2",
  "atr.sma:14",
  "rsi.cutler:14",
  "quantile.tr:60,0.6",
  "rank.close:60",
];

function directTail(src: FeatureSource, key: string, tail: number): { got: Float64Array; want: Float64Array } {
  const n = src.bars.length;
  const got = registry
    .resolve(key)
    .batch(src)
    .subarray(n - tail);
  const want = Float64Array.from({ length: tail }, (_, k) => DIRECT[key]!(src, n - tail + k));
  return { got, want };
}

describe.each(sharedFiles())("%s", (file) => {
  it("streaming equals batch (1e-9) for the 13 features and every strategy indicator", async () => {
    const { src } = await loadShared(file);
    const defs = KEYS.map((k) => registry.resolve(k));
    const checked = verifyStreaming(
      src,
      defs,
      defs.map((d) => d.batch(src)),
    );
    expect(checked).toBe(src.bars.length * KEYS.length);
  });

  it("rolling features equal their direct evaluation at the end of the file (no drift)", async () => {
    const { src } = await loadShared(file);
    const bad = ROLLING.flatMap((key) => {
      const { got, want } = directTail(src, key, 500);
      const at = firstMismatch(got, want);
      return at === -1 ? [] : [`${key} @-${500 - at}: ${got[at]} vs ${want[at]}`];
    });
    expect(bad).toEqual([]);
  });
});

describe("long series", () => {
  it("all files end to end (~550k bars): rolling sums do not drift beyond 1e-9", async () => {
    const parts = await Promise.all(sharedFiles().map(loadShared));
    const total = parts.reduce((a, p) => a + p.src.bars.length, 0);
    const cols = { time: new Float64Array(total), open: new Float64Array(total), high: new Float64Array(total) };
    const low = new Float64Array(total);
    const close = new Float64Array(total);
    const volume = new Float64Array(total);
    const tradeDate = new Int32Array(total);
    const session = new Int8Array(total);
    const segment = new Int8Array(total);
    const etMinute = new Int16Array(total);
    let at = 0;
    for (const { src } of parts) {
      const b = src.bars;
      for (let i = 0; i < b.length; i++, at++) {
        // One minute apart: the labels are copied from the source files, only the order matters here.
        cols.time[at] = Date.UTC(2020, 0, 1) + at * 60_000;
        cols.open[at] = b.open[i]!;
        cols.high[at] = b.high[i]!;
        low[at] = b.low[i]!;
        close[at] = b.close[i]!;
        volume[at] = b.volume[i]!;
        tradeDate[at] = src.labels.tradeDate[i]!;
        session[at] = src.labels.session[i]!;
        segment[at] = src.labels.segment[i]!;
        etMinute[at] = src.labels.etMinute[i]!;
      }
    }
    const bars = createBars({ symbol: "ES", contract: undefined, ...cols, low, close, volume });
    const open = new Uint8Array(total).fill(1);
    const src = featureSource(bars, {
      length: total,
      open,
      tradeDate,
      clearingDate: tradeDate,
      session,
      segment,
      etMinute,
    });
    const bad = ROLLING.flatMap((key) => {
      const { got, want } = directTail(src, key, 2000);
      const i = firstMismatch(got, want);
      return i === -1 ? [] : [`${key} @-${2000 - i}: ${got[i]} vs ${want[i]}`];
    });
    expect(total).toBeGreaterThan(500_000);
    expect(bad).toEqual([]);
  });
});
