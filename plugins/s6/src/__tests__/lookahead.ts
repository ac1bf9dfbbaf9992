// TEST-ONLY: the lookahead property: perturbing bars after t never changes a decision at or before t.
import {
  type AnyStrategy,
  type BarLabels,
  type Bars,
  createFeatureRegistry,
  featureSource,
  registryColumns,
  runBacktest,
} from "sessionkit";

/** The first `n` bars of a dataset, as an independent copy. */
export function headBars(b: Bars, n: number): Bars {
  const c = (a: Float64Array) => a.slice(0, n);
  return {
    symbol: b.symbol,
    contract: b.contract,
    length: n,
    time: c(b.time),
    open: c(b.open),
    high: c(b.high),
    low: c(b.low),
    close: c(b.close),
    volume: c(b.volume),
  };
}

/** Decisions (JSON of every non-hold signal, "" for hold) of a full run over bars + labels. */
export function decisions(strategy: AnyStrategy, bars: Bars, labels: BarLabels, params?: Record<string, unknown>) {
  const out: string[] = new Array(bars.length).fill("");
  const features = registryColumns(createFeatureRegistry(), featureSource(bars, labels));
  runBacktest(
    { strategy, bars, labels, features, ...(params ? { params } : {}) },
    {
      onDecision: (i, s) => {
        out[i] = s.kind === "hold" ? "" : JSON.stringify(s);
      },
    },
  );
  return out;
}

/** A copy of `b` whose bars after `t` are replaced by a seeded random walk (consistent OHLC, tick prices). */
export function perturbAfter(b: Bars, t: number, seed: number): Bars {
  const out = headBars(b, b.length);
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  let px = b.close[t] as number;
  for (let i = t + 1; i < b.length; i++) {
    const o = px;
    px = Math.max(1, px + Math.round((rnd() - 0.5) * 40) * 0.25);
    out.open[i] = o;
    out.close[i] = px;
    out.high[i] = Math.max(o, px) + Math.floor(rnd() * 8) * 0.25;
    out.low[i] = Math.min(o, px) - Math.floor(rnd() * 8) * 0.25;
    out.volume[i] = Math.floor(rnd() * 5000);
  }
  return out;
}
