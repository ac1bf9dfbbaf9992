/**
 * The reference's S2 fields (spec-params-training §1.2) as [name, default, validated range]: the source
 * for the README table and for tests that every reference value is admitted. Not exported by the package.
 */
export const S2_REFERENCE: readonly (readonly [string, number | string | boolean, string?])[] = [
  ["SigmaEnter", 2.0],
  ["AtrEnter", 1.0],
  ["AtrLen", 14],
  ["SigmaForceTrend", 2.8],
  ["MinSlopeTf2", 0.18],
  ["VolZMin", -0.3],
  ["VolZMax", 2.2],
  ["ConfirmLookback", 3],
  ["ValidityBars", 3],
  ["CooldownBars", 5],
  ["MaxBarsInTrade", 45],
  ["StopAtrMult", 0.75, "[1.0, 4.0]"],
  ["TargetAtrMult", 2.0, "[2.0, 6.0], > StopAtrMult + 0.5"],
  ["TrailAtrMult", 1.0],
  ["IbEndMinute", 630],
  ["EsSigma", 2.0],
  ["NqSigma", 2.6],
  ["OvernightScale", 0.5],
  ["MinVolume", 3000],
  ["MaxSpreadTicks", 2],
  ["MaxTradesPerSession", 3],
  ["EntryMode", "retest"],
  ["RetestOffsetTicks", 1],
];

/** Other values the reference notes use (sample files, trainer search space, NQ overrides). */
export const S2_REFERENCE_VALUES: Readonly<Record<string, readonly number[]>> = {
  StopAtrMult: [1.0, 1.25, 1.5, 2.0, 4.0],
  TargetAtrMult: [2.0, 2.5, 3.0, 3.5, 6.0],
  MinVolume: [1500, 3000],
  MaxBarsInTrade: [30, 45, 60],
};

/** Deliberate differences from the reference, by camelCase field, shown in the README. */
export const S2_DEVIATIONS: Readonly<Record<string, string>> = {
  stopAtrMult:
    "default 1.0, not 0.75: the reference default lies outside its own bounds; 1.0 is the nearest value inside",
  volZMin: "new rule volZMin < volZMax (an empty volume window could never pass)",
  entryMode: 'closed set "retest" | "market" instead of free text, so a typo is an error',
  ibEndMinute: "bounds 571–960: the initial balance ends after the 09:30 open and by 16:00",
  minVolume:
    "default 100, not 3000: 3000 contracts in one 1-minute bar left S2 idle (0–3 trades per ~50 trade dates); see Trade counts",
  sigmaEnter: "live: a floor under EsSigma / NqSigma (the reference computed it and discarded it)",
};
