import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import type { FeatureSource } from "./contract.js";
import { type FeatureExternals, NO_EXTERNALS } from "./providers.js";

/** Pairs bars with their labels (and optional external inputs); lengths must match. */
export function featureSource(
  bars: Bars,
  labels: BarLabels,
  externals: FeatureExternals = NO_EXTERNALS,
): FeatureSource {
  if (labels.length !== bars.length) {
    throw new SessionkitError(
      "SK_FEATURE_INPUT_MISMATCH",
      `features: ${bars.length} bars but ${labels.length} label rows${bars.contract ? ` (${bars.contract})` : ""}.`,
      { value: labels.length },
    );
  }
  return new SourceRecord(bars, labels, externals);
}

/**
 * A FeatureSource whose fields V8 types as "any value" from the start: declared without an
 * initializer, each is undefined before the constructor stores into it. An object literal's field
 * instead starts typed as the first bars object's shape and is widened when bars of another shape
 * arrive (a slice, a live buffer, a worker's rebuilt bars, or the first bars' own shape changing),
 * and the widening throws away every optimized kernel compiled against the narrower type. Depending
 * on when that happened, V8 then left a kernel's loop in baseline code for the rest of the process:
 * measured per 86 k bars, volz:50 0.70 or 1.70 ms and the session VWAP 1.3 or 2.1–2.4 ms, each slow
 * in about half of the processes; with this class every process ran the fast code.
 */
export class SourceRecord implements FeatureSource {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly externals: FeatureExternals;
  constructor(bars: Bars, labels: BarLabels, externals: FeatureExternals) {
    this.bars = bars;
    this.labels = labels;
    this.externals = externals;
  }
}

/** One bar as the live feed delivers it, with its labels (from MarketClock.state or the batch labeller). */
export interface LiveBar {
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  readonly tradeDate: number;
  readonly session: number;
  readonly segment: number;
  readonly etMinute: number;
  readonly marketOpen?: boolean;
  readonly clearingDate?: number;
}

/** Row i of a batch dataset as the live feed would deliver it (replaying a dataset bar by bar). */
export function liveBarAt(bars: Bars, labels: BarLabels, i: number): LiveBar {
  return {
    time: bars.time[i]!,
    open: bars.open[i]!,
    high: bars.high[i]!,
    low: bars.low[i]!,
    close: bars.close[i]!,
    volume: bars.volume[i]!,
    tradeDate: labels.tradeDate[i]!,
    clearingDate: labels.clearingDate[i]!,
    session: labels.session[i]!,
    segment: labels.segment[i]!,
    etMinute: labels.etMinute[i]!,
    marketOpen: labels.open[i] === 1,
  };
}

/**
 * A growing columnar buffer of bars and labels for live streaming: `append` one bar, then call every
 * stream's `update(length − 1)`. Columns double when full, so readers must not hold on to a column.
 */
export class StreamingBars implements Bars {
  readonly symbol: Bars["symbol"];
  readonly contract: string | undefined;
  length = 0;
  time: Float64Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
  tradeDate: Int32Array;
  clearingDate: Int32Array;
  session: Int8Array;
  segment: Int8Array;
  etMinute: Int16Array;
  // BarLabels.open is the market-open flag; Bars.open is the price. They share a name in the two
  // contracts, so the flag lives here and `labels` exposes it under its contract name.
  marketOpen: Uint8Array;
  /**
   * The label columns as plain fields (re-pointed when the buffer grows): kernels read them on every
   * update, and a field load is cheaper than the getter call a view object would cost.
   */
  private readonly labels: LiveLabels;

  constructor(symbol: Bars["symbol"], contract?: string, capacity = 4096) {
    this.symbol = symbol;
    this.contract = contract;
    this.time = new Float64Array(capacity);
    this.open = new Float64Array(capacity);
    this.high = new Float64Array(capacity);
    this.low = new Float64Array(capacity);
    this.close = new Float64Array(capacity);
    this.volume = new Float64Array(capacity);
    this.tradeDate = new Int32Array(capacity);
    this.clearingDate = new Int32Array(capacity);
    this.session = new Int8Array(capacity);
    this.segment = new Int8Array(capacity);
    this.etMinute = new Int16Array(capacity);
    this.marketOpen = new Uint8Array(capacity);
    this.labels = new LiveLabels(this);
  }

  /** Appends one bar and returns its index. */
  append(b: LiveBar): number {
    if (this.length === this.time.length) this.grow();
    const i = this.length++;
    this.time[i] = b.time;
    this.open[i] = b.open;
    this.high[i] = b.high;
    this.low[i] = b.low;
    this.close[i] = b.close;
    this.volume[i] = b.volume;
    this.tradeDate[i] = b.tradeDate;
    this.clearingDate[i] = b.clearingDate ?? b.tradeDate;
    this.session[i] = b.session;
    this.segment[i] = b.segment;
    this.etMinute[i] = b.etMinute;
    this.marketOpen[i] = (b.marketOpen ?? b.session >= 0) ? 1 : 0;
    return i;
  }

  /** The feature source over this buffer; it stays valid as the buffer grows. */
  source(externals: FeatureExternals = NO_EXTERNALS): FeatureSource {
    return new SourceRecord(this, this.labels, externals);
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const g = <T extends Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.time = g(this.time, (n) => new Float64Array(n));
    this.open = g(this.open, (n) => new Float64Array(n));
    this.high = g(this.high, (n) => new Float64Array(n));
    this.low = g(this.low, (n) => new Float64Array(n));
    this.close = g(this.close, (n) => new Float64Array(n));
    this.volume = g(this.volume, (n) => new Float64Array(n));
    this.tradeDate = g(this.tradeDate, (n) => new Int32Array(n));
    this.clearingDate = g(this.clearingDate, (n) => new Int32Array(n));
    this.session = g(this.session, (n) => new Int8Array(n));
    this.segment = g(this.segment, (n) => new Int8Array(n));
    this.etMinute = g(this.etMinute, (n) => new Int16Array(n));
    this.marketOpen = g(this.marketOpen, (n) => new Uint8Array(n));
    this.labels.point(this);
  }
}

/** BarLabels over a StreamingBars buffer: its label columns, re-pointed by `point` when they grow. */
class LiveLabels implements BarLabels {
  open!: Uint8Array;
  tradeDate!: Int32Array;
  clearingDate!: Int32Array;
  session!: Int8Array;
  segment!: Int8Array;
  etMinute!: Int16Array;
  constructor(private readonly buffer: StreamingBars) {
    this.point(buffer);
  }

  get length(): number {
    return this.buffer.length;
  }

  point(b: StreamingBars): void {
    this.open = b.marketOpen;
    this.tradeDate = b.tradeDate;
    this.clearingDate = b.clearingDate;
    this.session = b.session;
    this.segment = b.segment;
    this.etMinute = b.etMinute;
  }
}
