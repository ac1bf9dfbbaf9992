/**
 * External inputs of the feature vector. The integrator binds these to plugin hooks (an order-book
 * source, the S7 regime plugin, the backtest/live position); without one the column takes its fill.
 * Every call passes the bar index and its open time (epoch ms UTC) and must answer causally: only
 * with what was known at that bar.
 */

/** Best-bid and best-ask sizes at a bar; `ob_imbalance` = bid / ask. */
export interface OrderBookProvider {
  /** Writes the sizes into `out` ([bidSize, askSize]) and returns true, or returns false when unknown. */
  topOfBook(index: number, time: number, out: Float64Array): boolean;
}

/** The S7 regime signal at a bar: −1, 0 or +1 (any other finite value is reduced to its sign). */
export interface RegimeProvider {
  regime(index: number, time: number): number;
}

/** The position sign (−1/0/+1) held at a bar. Unknown before a backtest has run. */
export interface PositionProvider {
  position(index: number, time: number): number;
}

export interface FeatureExternals {
  readonly orderBook?: OrderBookProvider | undefined;
  readonly regime?: RegimeProvider | undefined;
  readonly position?: PositionProvider | undefined;
}

export const NO_EXTERNALS: FeatureExternals = Object.freeze({});

/** A position provider over a known column (e.g. the positions a finished backtest held). */
export function positionColumn(column: ArrayLike<number>): PositionProvider {
  return { position: (index) => column[index] ?? Number.NaN };
}

/** A regime provider over a precomputed column of −1/0/+1 values. */
export function regimeColumn(column: ArrayLike<number>): RegimeProvider {
  return { regime: (index) => column[index] ?? Number.NaN };
}

/** The reference S7 rule: +1 when zScore > bull and coherence > c, −1 when zScore < bear and coherence > c. */
export interface S7Signal {
  readonly active: boolean;
  readonly zScore: number;
  readonly coherence: number;
}

export interface S7Thresholds {
  readonly bullish: number;
  readonly bearish: number;
  readonly coherence: number;
}

export const S7_DEFAULT_THRESHOLDS: S7Thresholds = Object.freeze({ bullish: 1.0, bearish: -1.0, coherence: 0.6 });

/** Maps an S7 signal to the regime value of the reference (an inactive signal gives 0). */
export function s7RegimeOf(signal: S7Signal, t: S7Thresholds = S7_DEFAULT_THRESHOLDS): number {
  if (!signal.active) return 0;
  if (signal.zScore > t.bullish && signal.coherence > t.coherence) return 1;
  if (signal.zScore < t.bearish && signal.coherence > t.coherence) return -1;
  return 0;
}
