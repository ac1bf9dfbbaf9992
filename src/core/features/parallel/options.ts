import { availableParallelism } from "node:os";
import type { FeatureRegistry } from "../registry.js";

/** Options of `computeColumns` that decide whether the batch is split across two threads. */
export interface ColumnsOptions {
  /**
   * Threads to use: 1 computes on the calling thread only; 2 (the most used) lets the batch run
   * half in a worker thread when it pays. Default: the `SESSIONKIT_THREADS` environment variable,
   * else the machine's available parallelism.
   */
  readonly threads?: number;
  /**
   * The registry `defs` were resolved from. Only with it can a family member (e.g. `atr:20`) be
   * traced to its built-in family and so run in the worker; the fixed model features need none.
   */
  readonly registry?: FeatureRegistry;
  /** Fewest bars worth a second thread (default `PARALLEL_MIN_BARS`). */
  readonly minBars?: number;
}

/**
 * Below this many bars the worker's fixed costs (posting the job, waking the two threads, copying
 * inputs that are not yet shared) eat the gain. Measured on the bench set: the split wins from about
 * 50 k bars with shared inputs (see the parallel README section); 100 k leaves margin for copies.
 */
export const PARALLEL_MIN_BARS = 100_000;

/** The environment variable that caps the threads (`SESSIONKIT_THREADS=1`: main thread only). */
export const THREADS_ENV = "SESSIONKIT_THREADS";

/**
 * Threads the batch may use: the option, else the environment variable, else the machine's
 * available parallelism. An explicit value is taken as asked (a test can force the split on one core).
 */
export function threadBudget(options: ColumnsOptions | undefined): number {
  if (options?.threads !== undefined) return options.threads;
  const env = process.env[THREADS_ENV];
  if (env !== undefined && env.trim() !== "") {
    const v = Number(env);
    // Anything but a positive integer is taken as "no extra threads": an opt-out must never fail open.
    return Number.isInteger(v) && v >= 1 ? v : 1;
  }
  return availableParallelism();
}
