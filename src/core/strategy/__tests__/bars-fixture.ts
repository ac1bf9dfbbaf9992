import type { Bars, Root } from "../../data/bars.js";
import { createBars } from "../../data/bars-ops.js";
import { labelBars } from "../../market-time/default-clock.js";
import type { BarLabels } from "../../market-time/labels.js";

/** [open, high, low, close] of one test bar (volume 100). */
export type Ohlc = readonly [number, number, number, number];

/** Consecutive 1-minute bars starting at `startIso`, labelled by the CME calendar. */
export function barsFrom(
  startIso: string,
  rows: readonly Ohlc[],
  symbol: Root = "ES",
): { bars: Bars; labels: BarLabels } {
  const n = rows.length;
  const t0 = Date.parse(startIso);
  const col = () => new Float64Array(n);
  const time = col();
  const open = col();
  const high = col();
  const low = col();
  const close = col();
  const volume = col();
  rows.forEach((r, i) => {
    time[i] = t0 + i * 60_000;
    open[i] = r[0];
    high[i] = r[1];
    low[i] = r[2];
    close[i] = r[3];
    volume[i] = 100;
  });
  const bars = createBars({ symbol, time, open, high, low, close, volume });
  return { bars, labels: labelBars(time) };
}

/** n flat bars at `price` (range ±0.25), handy as padding. */
export function flat(n: number, price: number): Ohlc[] {
  return Array.from({ length: n }, () => [price, price + 0.25, price - 0.25, price] as const);
}

/** Bars at explicit ISO instants (gaps allowed), labelled by the CME calendar. */
export function barsAt(
  isoTimes: readonly string[],
  rows: readonly Ohlc[],
  symbol: Root = "ES",
): { bars: Bars; labels: BarLabels } {
  const n = rows.length;
  const col = () => new Float64Array(n);
  const [time, open, high, low, close, volume] = [col(), col(), col(), col(), col(), col()];
  rows.forEach((r, i) => {
    time[i] = Date.parse(isoTimes[i] as string);
    open[i] = r[0];
    high[i] = r[1];
    low[i] = r[2];
    close[i] = r[3];
    volume[i] = 100;
  });
  const bars = createBars({ symbol, time, open, high, low, close, volume });
  return { bars, labels: labelBars(time) };
}
