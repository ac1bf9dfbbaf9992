import { CORE_ERRORS } from "./codes/core.js";
import { DATA_ERRORS } from "./codes/data.js";
import { FEATURES_ERRORS } from "./codes/features.js";
import { MARKET_TIME_ERRORS } from "./codes/market-time.js";
import { PARAMS_ERRORS } from "./codes/params.js";
import { STRATEGY_ERRORS } from "./codes/strategy.js";

/**
 * The error catalogue: every code sessionkit can raise, with what it means and what to do.
 * Codes are permanent: never rename or reuse one; deprecate by leaving it here.
 * `docs/reference/errors.md` is generated from this table (see docs/check-docs.mjs).
 */
export interface ErrorEntry {
  /** Subsystem the code belongs to, used to group the reference page. */
  readonly area: string;
  /** What happened, in general terms (the concrete message adds file, field and value). */
  readonly summary: string;
  /** What to do about it; an error instance may give a more specific hint. */
  readonly hint: string;
  /** Process exit code the CLI uses for it. */
  readonly exitCode: number;
}

/**
 * Every code, one module per subsystem under codes/. Order matters only for the generated reference page
 * (grouped by area in this order).
 */
export const CATALOGUE = {
  ...CORE_ERRORS,
  ...MARKET_TIME_ERRORS,
  ...DATA_ERRORS,
  ...PARAMS_ERRORS,
  ...FEATURES_ERRORS,
  ...STRATEGY_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof CATALOGUE;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(CATALOGUE, code);
}
