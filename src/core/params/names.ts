/**
 * SPEC §4 field naming: camelCase lower-cases only a leading capital run, keeping the capital that starts
 * the next word (`StopAtrMult` → `stopAtrMult`, `RTHOpen` → `rthOpen`, `ONWindowStart` → `onWindowStart`,
 * `MinADX` → `minADX`, `IBStart` → `ibStart`).
 */
export function toCamelCase(name: string): string {
  const run = /^[A-Z]+/.exec(name)?.[0] ?? "";
  if (run.length === 0) return name;
  if (run.length === 1 || run.length === name.length)
    return name.slice(0, run.length).toLowerCase() + name.slice(run.length);
  // A capital run followed by lower case: its last capital begins the next word.
  const next = name[run.length];
  const keep = next !== undefined && /[a-z]/.test(next) ? run.length - 1 : run.length;
  return name.slice(0, keep).toLowerCase() + name.slice(keep);
}

/** The key importers compare: case-insensitive, and snake_case matches PascalCase when `ignoreUnderscores`. */
export function matchKey(name: string, ignoreUnderscores: boolean): string {
  const lower = name.toLowerCase();
  return ignoreUnderscores ? lower.replaceAll("_", "") : lower;
}
