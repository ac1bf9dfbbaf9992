import type { ErrorEntry } from "../catalogue.js";

/** Exit codes: 1 = generic failure, 2 = usage/config/input, 3 = plugin, 4 = data, 5 = parameters, 70 = internal. */
export const entry = (area: string, exitCode: number, summary: string, hint: string): ErrorEntry => ({
  area,
  summary,
  hint,
  exitCode,
});
