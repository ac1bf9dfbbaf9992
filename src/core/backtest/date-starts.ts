import type { BarLabels } from "../market-time/labels.js";

const cache = new WeakMap<BarLabels, readonly number[]>();

/**
 * [index, tradeDate] pairs where a new trade date starts (closed bars, with trade date 0, start
 * none), computed once per labels object: every run over the same dataset (optimizer trials) shares it.
 */
export function tradeDateStarts(labels: BarLabels): readonly number[] {
  let starts = cache.get(labels);
  if (starts !== undefined) return starts;
  const td = labels.tradeDate;
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < labels.length; i++) {
    const d = td[i] as number;
    if (d !== last && d !== 0) {
      last = d;
      out.push(i, d);
    }
  }
  starts = Object.freeze(out);
  cache.set(labels, starts);
  return starts;
}

/**
 * The first bar the strategy decides on: an open bar at least `warmupBars` in, once `warmupTradeDates`
 * trade dates have completed before it (a trade date has completed once the next one has started).
 * `labels.length` when there is none.
 */
export function firstDecisionBar(labels: BarLabels, warmupBars: number, warmupTradeDates: number): number {
  const starts = tradeDateStarts(labels);
  // The bar where the (warmupTradeDates + 1)-th trade date starts: from there on that many have completed.
  let from = warmupBars;
  if (warmupTradeDates > 0) {
    const k = 2 * warmupTradeDates;
    if (k >= starts.length) return labels.length;
    from = Math.max(from, starts[k] as number);
  }
  const open = labels.open;
  for (let i = from; i < labels.length; i++) if (open[i] === 1) return i;
  return labels.length;
}
