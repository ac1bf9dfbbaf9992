import { describe, expect, it } from "vitest";
import { makeSource } from "../__tests__/fixtures.js";
import type { FeatureDef, FeatureSource } from "../contract.js";
import { positionColumn, regimeColumn } from "../providers.js";
import {
  adrPct,
  atr14,
  bbWidth,
  hourFrac,
  MODEL_FEATURE_NAMES,
  obImbalance,
  pos,
  ret1m,
  ret5m,
  rsi14,
  s7Regime,
  sessionFlag,
  sessionType,
  vwapDist,
} from "./index.js";

const last = (f: FeatureDef, src: FeatureSource) => f.batch(src).at(-1)!;

// Reference §6 series A: 20 bars, close 100+i, high close+1, low close−1, volume 10, identity scaler.
const seriesA = makeSource({ close: Array.from({ length: 20 }, (_, i) => 100 + i) });

describe("the 13 model features: reference §6 conformance vectors", () => {
  it("keeps the fixed names and order", () => {
    expect(MODEL_FEATURE_NAMES).toEqual([
      "ret_1m",
      "ret_5m",
      "atr_14",
      "rsi_14",
      "vwap_dist",
      "bb_width",
      "ob_imbalance",
      "adr_pct",
      "hour_frac",
      "session_flag",
      "session_type",
      "pos",
      "s7_regime",
    ]);
  });

  it("series A", () => {
    expect(last(ret1m, seriesA)).toBeCloseTo(1 / 118, 12);
    expect(last(ret5m, seriesA)).toBeCloseTo(5 / 114, 12);
    expect(last(atr14, seriesA)).toBeCloseTo(2, 12);
    expect(last(rsi14, seriesA)).toBe(100);
    expect(last(vwapDist, seriesA)).toBeCloseTo(9.5 / 109.5, 12);
    expect(last(bbWidth, seriesA)).toBeCloseTo((4 * Math.sqrt(33.25)) / 109.5, 12);
    expect(last(bbWidth, seriesA)).toBeCloseTo(0.2106404127, 9);
    expect(last(obImbalance, seriesA)).toBe(1.0);
  });

  it("series B: Cutler RSI 65 over 15 closes, fill 50 with 14", () => {
    const closes = [100, 101, 100, 102, 101, 103, 102, 104, 103, 105, 104, 106, 105, 107, 106];
    expect(last(rsi14, makeSource({ close: closes }))).toBeCloseTo(65, 12);
    expect(last(rsi14, makeSource({ close: closes.slice(0, 14) }))).toBe(50);
  });

  it("applies warm-ups with the fill values", () => {
    const a = (f: FeatureDef) => Array.from(f.batch(seriesA));
    expect(a(ret1m)[0]).toBe(0);
    expect(a(ret5m).slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(a(ret5m)[5]).toBeCloseTo(5 / 100, 12);
    expect(a(atr14).slice(0, 14)).toEqual(Array(14).fill(0.5));
    expect(a(atr14)[14]).toBe(2);
    expect(a(rsi14).slice(0, 14)).toEqual(Array(14).fill(50));
    expect(a(bbWidth).slice(0, 19)).toEqual(Array(19).fill(0.01));
    // vwap_dist is defined from the first bar over min(20, n) bars: bar 0's TP equals its close.
    expect(a(vwapDist)[0]).toBe(0);
    expect(a(vwapDist)[1]).toBeCloseTo((101 - 100.5) / 100.5, 12);
  });

  it("turns non-finite results into the fill", () => {
    const zero = makeSource({ close: [0, 1, 2, 3, 4, 5, 6], volume: [0, 0, 0, 0, 0, 0, 0] });
    expect(ret1m.batch(zero)[1]).toBe(0);
    expect(ret5m.batch(zero)[5]).toBe(0);
    expect(Array.from(vwapDist.batch(zero))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("a flat window gives RSI 100 (Cutler, no loss)", () => {
    expect(last(rsi14, makeSource({ close: Array(15).fill(100) }))).toBe(100);
  });

  it("adr_pct uses completed trade dates only (SPEC; the reference vector does not apply)", () => {
    // Series A alone is one trade date: nothing completed yet → fill.
    expect(last(adrPct, seriesA)).toBe(0.5);
    // Day 1 (trade date 2025-03-11): range 10. Day 2 starts at 18:00 ET (22:00Z in EDT).
    const close = [
      ...Array(11)
        .fill(0)
        .map((_, k) => 100 + k),
      105,
      106,
      107,
    ];
    const time = [
      ...Array.from({ length: 11 }, (_, k) => Date.parse("2025-03-11T14:00:00Z") + k * 60_000),
      ...[0, 1, 2].map((k) => Date.parse("2025-03-11T22:00:00Z") + k * 60_000),
    ];
    const two = makeSource({ close, time, high: close, low: close });
    const col = adrPct.batch(two);
    expect(col[10]).toBe(0.5);
    // At the last bar the last 14 bars span 100..110 → current range 10; day 1 range 10 → 1.0.
    expect(col[13]).toBeCloseTo(1.0, 12);
    // Outside [0, 10] → fill.
    const wide = makeSource({
      close: [100, 100, 300],
      high: [101, 101, 300],
      low: [100, 100, 100],
      time: [
        Date.parse("2025-03-11T14:00:00Z"),
        Date.parse("2025-03-11T22:00:00Z"),
        Date.parse("2025-03-11T22:01:00Z"),
      ],
    });
    expect(Array.from(adrPct.batch(wide))).toEqual([0.5, 1, 0.5]);
  });

  it("time features use the bar's open time in ET", () => {
    // 2025-03-11 is EDT (UTC−4): 13:29Z = 09:29 ET, 13:30Z = 09:30 ET, 21:00Z = 17:00 ET (closed).
    const time = ["13:29", "13:30", "17:45", "18:45", "19:55", "20:00", "22:00"].map((t) =>
      Date.parse(`2025-03-11T${t}:00Z`),
    );
    const src = makeSource({ close: time.map(() => 100), time });
    expect(Array.from(sessionFlag.batch(src))).toEqual([4, 5, 8, 9, 10, 11, 0]);
    expect(Array.from(sessionType.batch(src))).toEqual([0, 1, 1, 1, 1, 2, 0]);
    const hf = Array.from(hourFrac.batch(src));
    expect(hf[0]).toBeCloseTo((9 + 29 / 60) / 24, 15);
    expect(hf[6]).toBe(18 / 24);
    const closed = makeSource({ close: [1], time: [Date.parse("2025-03-11T21:30:00Z")] });
    expect(sessionFlag.batch(closed)[0]).toBe(0);
    expect(sessionType.batch(closed)[0]).toBe(0);
  });

  it("external inputs: fills without providers, signs with them", () => {
    const rows = { close: [1, 2, 3, 4] };
    expect(Array.from(pos.batch(makeSource(rows)))).toEqual([0, 0, 0, 0]);
    expect(Array.from(s7Regime.batch(makeSource(rows)))).toEqual([0, 0, 0, 0]);
    const src = makeSource(rows, {
      position: positionColumn([2, -1, 0, Number.NaN]),
      regime: regimeColumn([1, -3, 0, 0.5]),
    });
    expect(Array.from(pos.batch(src))).toEqual([1, -1, 0, 0]);
    expect(Array.from(s7Regime.batch(src))).toEqual([1, -1, 0, 1]);
    const book = makeSource(rows, {
      orderBook: {
        topOfBook(i, _t, out) {
          out[0] = 10 * (i + 1);
          out[1] = i === 2 ? 0 : 20;
          return i !== 3;
        },
      },
    });
    expect(Array.from(obImbalance.batch(book))).toEqual([0.5, 1, 1, 1]);
  });
});
