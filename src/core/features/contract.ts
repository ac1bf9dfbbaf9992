import type { Bars } from "../data/bars.js";
import type { BarLabels } from "../market-time/labels.js";
import type { FeatureExternals } from "./providers.js";

/**
 * What every feature reads: the bar columns, their market-time labels and the optional external
 * inputs (order book, regime, position). In a backtest the columns hold the whole dataset; live, a
 * growing buffer (see `StreamingBars`) whose columns may be re-allocated, so kernels read
 * `src.bars.close` on every update instead of caching the array.
 */
export interface FeatureSource {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly externals: FeatureExternals;
}

/**
 * A causal per-bar updater. `update(i)` must be called for i = 0, 1, 2, … in order, once per bar; it
 * reads only rows 0…i of the source and returns the feature's value at bar i (the fill value when
 * the feature cannot be computed yet or the result is not finite).
 */
export interface FeatureStream {
  update(i: number): number;
  /**
   * Optional fast path: `out[i] = update(i)` for i in [from, to). Streams are classes that define it
   * as exactly that loop over their own `update`, so V8 inlines the per-bar code; a loop in shared
   * code calling many different `update`s cannot be inlined and boxes every returned double. Live,
   * `fill(column, i, i + 1)` writes one bar without boxing.
   */
  fill?(out: Float64Array, from: number, to: number): Float64Array;
}

/** A numeric parameter of a feature family, e.g. the period of `atr`. */
export interface FeatureParamSpec {
  readonly name: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** One fully-parameterised feature: the single implementation behind both the stream and the batch path. */
export interface FeatureDef {
  /** Canonical key, e.g. `atr:14`, `vwap.session.upper:2` or `ret_1m` (no parameters). */
  readonly key: string;
  /** Family name, the key without parameters, e.g. `atr`. */
  readonly family: string;
  readonly params: Readonly<Record<string, number>>;
  /** Value when the feature cannot be computed (warm-up, zero denominator, non-finite result). */
  readonly fill: number;
  /** Bars needed before the first value that is not the fill (1 = from the first bar). */
  readonly warmup: number;
  readonly description: string;
  createStream(src: FeatureSource): FeatureStream;
  /** The whole column; runs the same kernel as `createStream` over every bar, so both agree exactly. */
  batch(src: FeatureSource, out?: Float64Array): Float64Array;
  /**
   * Set when the feature reads a kernel state other features can share (e.g. `quantile.tr:60,0.5`
   * and `quantile.tr:60,0.6` read one sorted window of true ranges): `computeColumns` and the live
   * `FeatureSetStream` then run that state once for all of them.
   */
  readonly shared?: SharedKernel;
}

/**
 * A kernel state several features read. Features whose `shared.id` is equal can be computed by one
 * group stream; a feature's own stream is that same group stream with it as the only member, so
 * the values are the same either way.
 */
export interface SharedKernel {
  readonly id: string;
  /** One stream over the state writing `outs[k]` for `members[k]` (every member has this id). */
  createGroupStream(src: FeatureSource, members: readonly FeatureDef[]): GroupStream;
}

export interface GroupStream {
  /** Bars [from, to) of every member's column, in order, once each (as FeatureStream.fill). */
  fill(outs: readonly Float64Array[], from: number, to: number): void;
}

export interface FeatureDefInit {
  readonly key: string;
  readonly family: string;
  readonly params?: Readonly<Record<string, number>>;
  readonly fill: number;
  readonly warmup: number;
  readonly description: string;
  readonly createStream: (src: FeatureSource) => FeatureStream;
  readonly shared?: SharedKernel;
}

/**
 * Bars per `fill` call on the batch path. A kernel handed the whole column in one call runs its loop
 * once per dataset, so V8 only ever optimizes it by on-stack replacement, and that code can keep the
 * loop's running doubles boxed (a heap number per bar). Called once per chunk, the kernel is hot as
 * a function and gets fully optimized code; a stream resumes exactly where the last call stopped
 * (the live path calls it one bar at a time), so the values are the same.
 */
export const BATCH_CHUNK = 512;

/*
 * BOXING. A kernel's per-bar result written as `out[i] = ok ? x : FILL` merges a double with a
 * value V8 holds tagged (a module constant, a fill parameter or field) and can then allocate a heap
 * number for x on every bar, which costs more than most kernels. Kernels write such results with
 * two stores (`if (ok) out[i] = x; else out[i] = FILL;`).
 */

/** Runs a stream over rows [0, n) into `out`, chunk by chunk; the batch path of every feature. */
export function runStream(stream: FeatureStream, n: number, out: Float64Array): Float64Array {
  if (stream.fill !== undefined) {
    for (let from = 0; from < n; from += BATCH_CHUNK) stream.fill(out, from, Math.min(n, from + BATCH_CHUNK));
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = stream.update(i);
  return out;
}

/** A stream that always answers its fill value (an external input with no provider). */
export class ConstantStream implements FeatureStream {
  constructor(private readonly value: number) {}
  update(_i: number): number {
    return this.value;
  }
  fill(out: Float64Array, from: number, to: number): Float64Array {
    // A loop, not TypedArray#fill: live it writes one bar, where the builtin call dominates.
    const v = this.value;
    for (let i = from; i < to; i++) out[i] = v;
    return out;
  }
}

/** Builds a FeatureDef whose batch path is its stream run over the column: one implementation, two paths. */
export function defineFeature(init: FeatureDefInit): FeatureDef {
  const createStream = init.createStream;
  return Object.freeze({
    key: init.key,
    family: init.family,
    params: Object.freeze({ ...(init.params ?? {}) }),
    fill: init.fill,
    warmup: init.warmup,
    description: init.description,
    ...(init.shared === undefined ? {} : { shared: init.shared }),
    createStream,
    batch(src: FeatureSource, out?: Float64Array): Float64Array {
      const n = src.bars.length;
      const col = out ?? new Float64Array(n);
      return runStream(createStream(src), n, col);
    },
  });
}

/** `x` when finite, else `fill`: SPEC §3 "any non-finite result takes the column's fill value". */
export function orFill(x: number, fill: number): number {
  return Number.isFinite(x) ? x : fill;
}
