import { SessionkitError } from "../../core/errors/index.js";
import {
  type ColumnsOptions,
  computeColumns,
  type FeatureSource,
  MODEL_FEATURES,
  THREADS_ENV,
} from "../../core/features/index.js";

/** Help text of `--threads` on the batch commands. */
export const THREADS_HELP = `threads for the batch (1 = main thread only; default: $${THREADS_ENV}, else the machine's cores; at most 2 are used)`;

/** Parses `--threads <n>`: a positive integer, else SK_CLI_USAGE naming the option and the value. */
export function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new SessionkitError(
      "SK_CLI_USAGE",
      `features: --threads ${JSON.stringify(value)} is not a positive integer.`,
      {
        path: "--threads",
        value,
        hint: "pass --threads 1 to compute on the main thread only, or leave it out",
      },
    );
  }
  return n;
}

/**
 * The 13 raw model columns in canonical order, as `computeModelColumns`, through `computeColumns`:
 * a large file is split across two threads (the same values; ob_imbalance, pos and s7_regime stay on
 * the main thread).
 */
export function modelColumns(src: FeatureSource, threads: number | undefined): Float64Array[] {
  const options: ColumnsOptions = threads === undefined ? {} : { threads };
  return computeColumns(src, MODEL_FEATURES, undefined, options);
}
