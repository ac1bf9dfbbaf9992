// TEST-ONLY: fixed slices of the shared data and a perturbation of the bars after an index.
import { type Bars, labelBars, sliceBars } from "sessionkit";
import type { Loaded } from "./harness.js";

/** The bars with open time in [fromIso, toIso), relabelled. */
export function sliceTime(data: Loaded, fromIso: string, toIso: string): Loaded {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  const t = data.bars.time;
  let s = 0;
  while (s < t.length && (t[s] as number) < from) s++;
  let e = s;
  while (e < t.length && (t[e] as number) < to) e++;
  const bars = sliceBars(data.bars, s, e);
  return { bars, labels: labelBars(bars.time) };
}

/** A copy of `bars` whose bars after index `t` are scaled by `factor(i)` (OHLC together) and volumes by `vol(i)`. */
export function perturbAfter(bars: Bars, t: number, factor: (i: number) => number, vol: (i: number) => number): Bars {
  const copy = (a: Float64Array) => Float64Array.from(a);
  const out = {
    symbol: bars.symbol,
    contract: bars.contract,
    length: bars.length,
    time: bars.time,
    open: copy(bars.open),
    high: copy(bars.high),
    low: copy(bars.low),
    close: copy(bars.close),
    volume: copy(bars.volume),
  };
  for (let i = t + 1; i < bars.length; i++) {
    const f = factor(i);
    out.open[i] = (out.open[i] as number) * f;
    out.high[i] = (out.high[i] as number) * f;
    out.low[i] = (out.low[i] as number) * f;
    out.close[i] = (out.close[i] as number) * f;
    out.volume[i] = Math.round((out.volume[i] as number) * vol(i));
  }
  return out;
}
