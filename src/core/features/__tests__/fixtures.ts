// Hand-made bars for unit tests.
import type { Bars } from "../../data/bars.js";
import { labelBars } from "../../market-time/index.js";
import type { FeatureSource } from "../contract.js";
import type { FeatureExternals } from "../providers.js";
import { featureSource } from "../source.js";

export interface BarRows {
  readonly close: readonly number[];
  readonly open?: readonly number[];
  readonly high?: readonly number[];
  readonly low?: readonly number[];
  readonly volume?: readonly number[];
  /** Bar open times; default one minute apart from `start`. */
  readonly time?: readonly number[];
  readonly start?: string;
}

/** Columnar Bars from rows; high/low default to close ± 1, volume to 10, one-minute spacing. */
export function makeBars(rows: BarRows): Bars {
  const n = rows.close.length;
  const start = Date.parse(rows.start ?? "2025-03-11T14:00:00Z");
  const col = (xs: readonly number[] | undefined, d: (k: number) => number) =>
    Float64Array.from({ length: n }, (_, k) => xs?.[k] ?? d(k));
  const close = col(rows.close, () => 0);
  return {
    symbol: "ES",
    contract: undefined,
    length: n,
    time: col(rows.time, (k) => start + k * 60_000),
    open: col(rows.open, (k) => close[k]!),
    high: col(rows.high, (k) => close[k]! + 1),
    low: col(rows.low, (k) => close[k]! - 1),
    close,
    volume: col(rows.volume, () => 10),
  };
}

export function makeSource(rows: BarRows, externals?: FeatureExternals): FeatureSource {
  const bars = makeBars(rows);
  return featureSource(bars, labelBars(bars.time), externals);
}

/** A seeded random walk of one-minute bars across sessions and days (mulberry32). */
export function randomWalkBars(n: number, seed: number, start = "2025-03-06T23:00:00Z"): Bars {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const close: number[] = [];
  const high: number[] = [];
  const low: number[] = [];
  const open: number[] = [];
  const volume: number[] = [];
  const time: number[] = [];
  let px = 5000;
  let t = Date.parse(start);
  for (let k = 0; k < n; k++) {
    const o = px;
    px = Math.max(1, px + Math.round((rnd() - 0.5) * 8) * 0.25);
    open.push(o);
    close.push(px);
    high.push(Math.max(o, px) + Math.floor(rnd() * 4) * 0.25);
    low.push(Math.min(o, px) - Math.floor(rnd() * 4) * 0.25);
    volume.push(rnd() < 0.02 ? 0 : 1 + Math.floor(rnd() * 500));
    time.push(t);
    t += rnd() < 0.01 ? 60_000 * (1 + Math.floor(rnd() * 90)) : 60_000;
  }
  return makeBars({ close, open, high, low, volume, time });
}
