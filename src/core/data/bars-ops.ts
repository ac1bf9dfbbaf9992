import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import type { SessionCode } from "../market-time/sessions.js";
import { BAR_COLUMNS, type BarColumns, type Bars, type Root } from "./bars.js";

export interface CreateBarsInit extends BarColumns {
  readonly symbol: Root;
  readonly contract?: string | undefined;
}

/**
 * Wraps six equal-length columns as a frozen {@link Bars}. The columns are used as given (no copy);
 * time must be strictly increasing, which every importer guarantees and every consumer relies on.
 */
export function createBars(init: CreateBarsInit): Bars {
  const length = init.time.length;
  for (const c of BAR_COLUMNS) {
    if (init[c].length !== length) {
      throw new SessionkitError(
        "SK_DATA_BARS_INVALID",
        `bars ${init.contract ?? init.symbol}: column ${c} has ${init[c].length} values, time has ${length}`,
        { path: c, value: init[c].length },
      );
    }
  }
  assertStrictlyIncreasing(init.time, init.contract ?? init.symbol);
  return Object.freeze({
    symbol: init.symbol,
    contract: init.contract,
    length,
    time: init.time,
    open: init.open,
    high: init.high,
    low: init.low,
    close: init.close,
    volume: init.volume,
  });
}

export function emptyBars(symbol: Root, contract?: string): Bars {
  const z = new Float64Array(0);
  return createBars({ symbol, contract, time: z, open: z, high: z, low: z, close: z, volume: z });
}

function assertStrictlyIncreasing(time: Float64Array, name: string): void {
  for (let i = 1; i < time.length; i++) {
    if (!(time[i]! > time[i - 1]!)) {
      throw new SessionkitError(
        "SK_DATA_BARS_INVALID",
        `bars ${name}: time is not strictly increasing at index ${i} (${iso(time[i - 1]!)} then ${iso(time[i]!)})`,
        { path: `time[${i}]`, value: iso(time[i]!) },
      );
    }
  }
}

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));

/** Bars [start, end) sharing memory with `bars` (typed-array subarray, no copy). */
export function sliceBars(bars: Bars, start: number, end: number = bars.length): Bars {
  const s = Math.max(0, Math.min(start, bars.length));
  const e = Math.max(s, Math.min(end, bars.length));
  return Object.freeze({
    symbol: bars.symbol,
    contract: bars.contract,
    length: e - s,
    time: bars.time.subarray(s, e),
    open: bars.open.subarray(s, e),
    high: bars.high.subarray(s, e),
    low: bars.low.subarray(s, e),
    close: bars.close.subarray(s, e),
    volume: bars.volume.subarray(s, e),
  });
}

/** First index whose time is ≥ ms (binary search over the sorted time column). */
export function lowerBound(time: Float64Array, ms: number): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (time[mid]! < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bars with from ≤ time < to (epoch ms), zero-copy. */
export function sliceByTime(bars: Bars, from: number, to: number): Bars {
  return sliceBars(bars, lowerBound(bars.time, from), lowerBound(bars.time, to));
}

/** Index range [start, end) of the bars labelled with `tradeDate` (yyyymmdd), or an empty range. */
export function tradeDateRange(labels: BarLabels, tradeDate: number): [number, number] {
  return labelRange(labels, (i) => labels.tradeDate[i] === tradeDate);
}

/**
 * Bars of one trade date, zero-copy. The range runs from the first to the last bar carrying that label;
 * bars in closed market time that were kept inside it (label 0) stay in the slice, since a slice must be
 * contiguous to share memory.
 */
export function sliceByTradeDate(bars: Bars, labels: BarLabels, tradeDate: number): Bars {
  checkLabels(bars, labels);
  const [s, e] = tradeDateRange(labels, tradeDate);
  return sliceBars(bars, s, e);
}

/** Bars of one intraday session (Overnight / RTH / PostRTH) of one trade date, zero-copy. */
export function sliceBySession(bars: Bars, labels: BarLabels, tradeDate: number, session: SessionCode): Bars {
  checkLabels(bars, labels);
  const [s, e] = labelRange(labels, (i) => labels.tradeDate[i] === tradeDate && labels.session[i] === session);
  return sliceBars(bars, s, e);
}

function labelRange(labels: BarLabels, match: (i: number) => boolean): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < labels.length; i++) {
    if (match(i)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? [0, 0] : [first, last + 1];
}

function checkLabels(bars: Bars, labels: BarLabels): void {
  if (labels.length !== bars.length) {
    throw new SessionkitError(
      "SK_DATA_BARS_INVALID",
      `bars ${bars.contract ?? bars.symbol}: ${labels.length} labels for ${bars.length} bars`,
      { path: "labels.length", value: labels.length },
    );
  }
}

/** Concatenates bar sets of one symbol into new columns; the result must be strictly increasing in time. */
export function concatBars(parts: readonly Bars[], contract?: string): Bars {
  const first = parts[0];
  if (first === undefined) {
    throw new SessionkitError("SK_DATA_BARS_INVALID", "concatBars: no bar sets given", { value: 0 });
  }
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = {
    time: new Float64Array(n),
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: new Float64Array(n),
    volume: new Float64Array(n),
  };
  let at = 0;
  for (const p of parts) {
    if (p.symbol !== first.symbol) {
      throw new SessionkitError("SK_DATA_BARS_INVALID", `concatBars: symbol ${p.symbol} mixed with ${first.symbol}`, {
        path: "symbol",
        value: p.symbol,
      });
    }
    for (const c of BAR_COLUMNS) out[c].set(p[c], at);
    at += p.length;
  }
  const sameContract = parts.every((p) => p.contract === first.contract);
  return createBars({
    symbol: first.symbol,
    contract: contract ?? (sameContract ? first.contract : undefined),
    ...out,
  });
}
