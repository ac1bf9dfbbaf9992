import { SessionkitError } from "../core/errors/index.js";

/**
 * Commander argument parsers (`.option(flags, help, parser)`) for the values several commands share.
 * Each refuses a bad value at parse time with SK_CLI_USAGE (exit 2) naming the flag and the value, so no
 * command runs with NaN or a date that does not exist.
 */
export function usageError(flag: string, value: string, must: string, hint?: string): SessionkitError {
  return new SessionkitError("SK_CLI_USAGE", `${flag} ${JSON.stringify(value)} must be ${must}.`, {
    path: flag,
    value,
    ...(hint !== undefined && { hint }),
  });
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;

/** A safe integer >= min, e.g. `--seed`, `--qty`, `--slippage`. */
export function integerArg(flag: string, min = Number.MIN_SAFE_INTEGER): (value: string) => number {
  const must =
    min === Number.MIN_SAFE_INTEGER
      ? "an integer"
      : min === 0
        ? "a non-negative integer"
        : min === 1
          ? "a positive integer"
          : `an integer >= ${min}`;
  return (value) => {
    const n = Number(value.trim());
    if (!INTEGER.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw usageError(flag, value, must);
    return n;
  };
}

/** A finite decimal number, > 0 when `positive`, else >= 0: `--equity`, `--commission`. */
export function amountArg(flag: string, { positive }: { positive: boolean }): (value: string) => number {
  const must = positive ? "a positive number" : "a number >= 0";
  return (value) => {
    const n = Number(value.trim());
    if (!DECIMAL.test(value.trim()) || !Number.isFinite(n) || (positive ? n <= 0 : n < 0)) {
      throw usageError(flag, value, must);
    }
    return n;
  };
}

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 and 2026-13-01 are refused). */
export function dateArg(flag: string): (value: string) => string {
  return (value) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.toISOString().slice(0, 10) !== value) {
      throw usageError(
        flag,
        value,
        "a calendar date written YYYY-MM-DD",
        "write dates as YYYY-MM-DD, e.g. 2026-04-03.",
      );
    }
    return value;
  };
}

/** --from must not be after --to (both already checked by dateArg; ISO dates compare as strings). */
export function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new SessionkitError("SK_CLI_USAGE", `--from ${from} is after --to ${to}.`, {
      path: "--from",
      value: from,
      hint: "give --from <= --to (both are trade dates, inclusive).",
    });
  }
}

/** One of a fixed set of words (case-insensitive), returned as written in `choices`. */
export function choiceArg<const T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    const hit = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
    if (hit === undefined) throw usageError(flag, value, `one of ${choices.join(" | ")}`);
    return hit;
  };
}
