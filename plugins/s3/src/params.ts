import { rules, tunable, withRules, z } from "sessionkit";

/** Bumped when a field is renamed or removed; parameter files carry it as `schemaVersion`. */
export const S3_PARAMS_SCHEMA_VERSION = 1;

const dec = (min: number, max: number) => z.number().min(min).max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const flag = (d: boolean) => z.boolean().default(d);
/** Which side of an opening/initial-balance range a breakout may not run into. */
const avoidBreakInto = z.enum(["opposite", "any", "none"]);

/**
 * S3 Bollinger/Keltner squeeze breakout: the reference's 59 fields (spec-params-training §1.3), camelCase.
 * Bounds the reference lacks admit every value in the reference notes (including the NQ overrides).
 */
const S3Shape = z.strictObject({
  bbLen: int(5, 500).default(20),
  bbMult: dec(0.5, 5).default(2.0),
  kcEma: int(5, 500).default(20),
  kcAtrLen: int(5, 500).default(20),
  kcMult: dec(0.5, 5).default(1.5),
  atrLen: int(2, 200).default(14),
  minSqueezeBars: tunable(int(3, 15), { low: 3, high: 15, step: 1 }).default(6),
  preSqueezeLookback: int(10, 1000).default(60),
  widthRankEnter: tunable(dec(0.05, 0.4), { low: 0.05, high: 0.4, step: 0.01 }).default(0.15),
  hourlyRankAdapt: flag(true),
  // Shipped defaults differ from the reference where it left S3 idle (README "Changed defaults").
  nrClusterRatio: dec(0.05, 1).default(0.8),
  nrClusterMinBars: int(1, 120).default(3),
  widthSlopeDownBars: int(1, 120).default(4),
  /** Relative: each step of the Bollinger width may rise by at most this fraction. */
  widthSlopeTol: dec(0, 1).default(0.05),
  confirmBreakAtrMult: dec(0, 5).default(0.15),
  contraBufferMult: dec(0, 10).default(1.5),
  overnightBufferAdd: dec(0, 1).default(0.05),
  stopAtrMult: tunable(dec(0.5, 3.0), { low: 0.5, high: 3.0, step: 0.1 }).default(1.1),
  targetR1: tunable(dec(1.0, 4.0), { low: 1.0, high: 4.0, step: 0.1 }).default(1.2),
  // The reference trainer searched target_r2 up to 6.0, which the reference's own check (<= 4.0) rejects.
  targetR2: tunable(dec(1.0, 4.0), { low: 2.0, high: 4.0, step: 0.2 }).default(2.2),
  entryMode: z.enum(["retest", "market"]).default("retest"),
  retestBars: tunable(int(1, 120), { low: 1, high: 15, step: 1 }).default(5),
  retestBackoffTicks: int(0, 40).default(1),
  orGuardEnabled: flag(true),
  orMinutes: int(1, 390).default(10),
  orAvoidBreakInto: avoidBreakInto.default("opposite"),
  ibGuardEnabled: flag(true),
  ibEndMinute: int(9 * 60 + 31, 16 * 60).default(630),
  ibAvoidBreakInto: avoidBreakInto.default("opposite"),
  rsEnabled: flag(true),
  rsWindowBars: int(5, 1000).default(60),
  rsThreshold: dec(0, 5).default(0.1),
  rsDirectionalOnly: flag(true),
  rollEnabled: flag(true),
  rollDaysBefore: int(0, 30).default(2),
  rollDaysAfter: int(0, 30).default(1),
  rollRankTighten: dec(0, 0.3).default(0.02),
  breakQMinClosePos: dec(0, 1).default(0.65),
  breakQMaxOppWick: dec(0, 1).default(0.35),
  validityBars: int(1, 120).default(3),
  cooldownBars: tunable(int(0, 390), { low: 0, high: 30, step: 1 }).default(5),
  maxBarsInTrade: tunable(int(1, 1440), { low: 15, high: 120, step: 5 }).default(45),
  trailAtrMult: dec(0, 10).default(1.0),
  /** Contracts on the breakout bar; 0 = off (an absolute count means different things on ES and MES). */
  minVolume: int(0, 10_000_000).default(0),
  maxSpreadTicks: int(1, 100).default(2),
  newsBlockBeforeMin: int(0, 240).default(2),
  newsBlockAfterMin: int(0, 240).default(3),
  attemptCapRTH: int(0, 50).default(2),
  attemptCapOvernight: int(0, 50).default(1),
  onePerSegment: flag(true),
  segmentCooldownMinutes: int(0, 390).default(15),
  earlyInvalidateBars: int(1, 120).default(6),
  impulseScoreMin: dec(0, 10).default(1.0),
  targetsMode: z.enum(["expansion", "fixed"]).default("expansion"),
  expansionQuantile: dec(0.05, 0.99).default(0.6),
  givebackAfterT1R: dec(0, 1).default(0.2),
  /** Ticks per minute of the 5-minute bias EMA (S2's unit); 0.12 = the reference's 0.15 points per 5-minute bar. */
  minSlopeTf2: dec(0, 5).default(0.12),
  volZMin: dec(-10, 10).default(-0.5),
  volZMax: dec(-10, 10).default(2.5),
});

export type S3ParamValues = z.output<typeof S3Shape>;

/** The S3 parameter schema with its cross-field rules (strict: equality within 1e-9 violates). */
export const S3Params = withRules(
  S3Shape,
  rules.gt<S3ParamValues>("targetR2", "targetR1"),
  rules.lt<S3ParamValues>("volZMin", "volZMax"),
);
