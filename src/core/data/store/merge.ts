import { BAR_COLUMNS, type Bars } from "../bars.js";
import { createBars } from "../bars-ops.js";

/**
 * Union of two bar sets of one instrument by time; where both have a bar at the same minute the
 * incoming one wins (a re-download or re-import corrects earlier data). Linear merge of sorted columns.
 */
export function mergeBars(existing: Bars, incoming: Bars): Bars {
  const a = existing.time;
  const b = incoming.time;
  const out = Object.fromEntries(BAR_COLUMNS.map((c) => [c, new Float64Array(a.length + b.length)])) as Record<
    (typeof BAR_COLUMNS)[number],
    Float64Array
  >;
  let i = 0;
  let j = 0;
  let k = 0;
  const take = (src: Bars, at: number) => {
    for (const c of BAR_COLUMNS) out[c][k] = src[c][at]!;
    k++;
  };
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) take(existing, i++);
    else {
      if (i < a.length && a[i] === b[j]) i++;
      take(incoming, j++);
    }
  }
  const cut = Object.fromEntries(BAR_COLUMNS.map((c) => [c, out[c].subarray(0, k)])) as typeof out;
  return createBars({ symbol: incoming.symbol, contract: incoming.contract ?? existing.contract, ...cut });
}
