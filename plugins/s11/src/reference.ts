/**
 * The reference's S11 fields (spec-params-training §1.5) as [name, default, validated range]: the source
 * for the README table and for tests that every reference value is admitted. Not exported by the package.
 */
export const S11_REFERENCE: readonly (readonly [string, number | string | boolean, string?])[] = [
  ["WindowStart", "13:30:00"],
  ["WindowEnd", "15:30:00"],
  ["IBStart", "09:30:00"],
  ["IBEnd", "10:30:00"],
  ["BaseQty", 1],
  ["MultiplierAfternoon", 0.8],
  ["MaxSpreadTicks", 2],
  ["StopTicksMin", 8],
  ["StopAtrMult", 1.2, "[0.5, 3.0]"],
  ["TargetAdrFrac", 0.12, "[0.05, 0.3]"],
  ["MaxHoldMinutes", 90],
  ["MaxADX", 20.0, "[15.0, 30.0]"],
  ["MinRVOL", 1.5, "[0.5, 5.0]"],
  ["MinRSI", 25.0, "< MaxRSI"],
  ["MaxRSI", 75.0],
  ["MinDomImbalance", 0.25],
  ["ExhaustionVolMult", 2.0],
  ["ExhaustionBars", 3],
  ["RejectionWickRatio", 0.6],
  ["AdrLookbackDays", 20],
  ["AdrExhaustionThreshold", 0.75],
  ["EnableNewsGate", false],
];

export const S11_REFERENCE_VALUES: Readonly<Record<string, readonly number[]>> = {
  MaxADX: [15, 30],
  MinRVOL: [0.5, 5],
  StopAtrMult: [0.5, 3],
  TargetAdrFrac: [0.05, 0.3],
};

/** Deliberate differences from the reference, by camelCase field, shown in the README. */
export const S11_DEVIATIONS: Readonly<Record<string, string>> = {
  windowStart:
    'times are "HH:MM" ET strings (reference: TimeSpan "hh:mm:ss"; the importer converts); new rule windowStart < windowEnd',
  ibStart: "new rule ibStart < ibEnd",
  maxSpreadTicks: "not applied: no quote source exists (with no depth feed the reference's spread was 0 and passed)",
  maxADX: "default 25 (reference 20) so S11 trades on every root; the ADX is textbook Wilder (reference ~14x)",
  minRVOL: "default 1.2 (reference 1.5) so S11 trades on every root; RVOL from a 20-trade-date baseline",
  minRSI:
    "default 35 (reference 25) so S11 trades on every root; bounds [0, 100] (the reference did not range-check RSI)",
  maxRSI: "default 65 (reference 75) so S11 trades on every root; bounds [0, 100], as minRSI",
  minDomImbalance: "direction-aware; with no depth source the check passes (configurable: whenNoDepth)",
  adrLookbackDays: "completed trade dates, rolling (the reference's ADR was static from warm-up)",
};
