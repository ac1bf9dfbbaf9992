/**
 * The reference's S6 fields (spec-params-training §1.4) as [name, default, validated range]: the source
 * for the README table and for tests that every reference value is admitted. Not exported by the package.
 */
export const S6_REFERENCE: readonly (readonly [string, number | string | boolean, string?])[] = [
  ["WindowStart", "09:28:00"],
  ["RTHOpen", "09:30:00"],
  ["WindowEnd", "10:00:00"],
  ["ONWindowStart", "18:00:00"],
  ["ONWindowEnd", "09:28:00"],
  ["BaseQty", 1],
  ["MaxSpreadTicks", 2],
  ["StopTicksMin", 8],
  ["StopAtrMult", 1.5, "[0.5, 3.0]"],
  ["TargetAdrFrac", 0.18, "[0.05, 0.5]"],
  ["MaxHoldMinutes", 45],
  ["FlipMinR", 1.25],
  ["MinADX", 18.0, "[10.0, 40.0]"],
  ["MinRVOL", 1.2, "[0.5, 5.0]"],
  ["DivMaxBp", 12],
  ["MinDomImbalance", 0.18],
  ["RetestEnable", true],
  ["RetestGraceTicks", 2],
  ["RetestConfirmBars1m", 2],
  ["AdrLookbackDays", 14],
  ["RvolLookbackDays", 20],
  ["FailBreakPenetrationTicksES", 3],
  ["FailBreakPenetrationTicksNQ", 4],
];

export const S6_REFERENCE_VALUES: Readonly<Record<string, readonly number[]>> = {
  MinADX: [10, 40],
  MinRVOL: [0.5, 5],
  StopAtrMult: [0.5, 3],
  TargetAdrFrac: [0.05, 0.5],
};

/** Deliberate differences from the reference, by camelCase field, shown in the README. */
export const S6_DEVIATIONS: Readonly<Record<string, string>> = {
  windowStart:
    'times are "HH:MM" ET strings (reference: TimeSpan "hh:mm:ss"; the importer converts); new rule windowStart <= rthOpen < windowEnd',
  maxSpreadTicks: "not applied: no quote source exists (with no depth feed the reference's spread was 0 and passed)",
  minADX: "default 15 (reference 18) so S6 trades on every root; the ADX is textbook Wilder (reference ~14x)",
  minRVOL: "default 0.8 (reference 1.2) so S6 trades on every root; RVOL from a 20-trade-date baseline",
  minDomImbalance: "declared and unused, as in the reference",
  retestGraceTicks: "default 8 (reference 2) so S6 trades on every root",
  retestConfirmBars1m: "default 3 (reference 2): bars in which the retest may happen (reference: minimum history)",
  failBreakPenetrationTicksES: "default 8 (reference 3) so S6 trades on every root; ES and MES",
  failBreakPenetrationTicksNQ: "default 20 (reference 4) so S6 trades on every root; NQ and MNQ",
};
