import { S2_CONST } from "./constants.js";
import type { S2ParamValues } from "./params.js";

/** What the dynamic σ threshold reads besides the parameters (strategies reference §1.4). */
export interface ThresholdInputs {
  /** NQ or MNQ (the reference's substring test "NQ"). */
  nq: boolean;
  rollWeek: boolean;
  /** z of the decision close against the session VWAP. */
  z: number;
  /** The adaptive |z| quantile of the bar's ET hour, built from earlier bars. */
  q: number;
  slopeTicks: number;
  volz: number;
  etMinute: number;
  /** Trend protection: EMA slope beyond minSlopeTf2 and ≥ 9 of the last 12 closes on its side of VWAP. */
  strongUp: boolean;
  strongDn: boolean;
}

/** A fresh, reusable inputs record (the strategy state holds one and refills it each bar). */
export function emptyThresholdInputs(): ThresholdInputs {
  return {
    nq: false,
    rollWeek: false,
    z: 0,
    q: 0,
    slopeTicks: 0,
    volz: 0,
    etMinute: 0,
    strongUp: false,
    strongDn: false,
  };
}

/**
 * `dynSigma`: the |z| a stretch must reach. Base need is EsSigma / NqSigma (never below SigmaEnter,
 * which the reference computed and discarded), +0.3 in a roll week, raised to SigmaForceTrend for a
 * fade against a strong trend, then at least the adaptive quantile; the adders can only raise it.
 */
export function dynamicSigma(p: S2ParamValues, t: ThresholdInputs): number {
  let need = Math.max(t.nq ? p.nqSigma : p.esSigma, p.sigmaEnter);
  if (t.rollWeek) need += S2_CONST.rollWeekSigmaBump;
  if ((t.strongUp && t.z < 0) || (t.strongDn && t.z > 0)) need = Math.max(need, p.sigmaForceTrend);
  const base = Math.max(need, t.q);
  let adj = 0;
  if (Math.abs(t.slopeTicks) > S2_CONST.adjSlopeTicks) adj += S2_CONST.adjSlope;
  if (t.volz > S2_CONST.adjVolzAbove) adj += S2_CONST.adjVolz;
  if (t.nq) adj += S2_CONST.adjNq;
  if (t.etMinute >= S2_CONST.adjLunchFrom && t.etMinute <= S2_CONST.adjLunchTo) adj += S2_CONST.adjLunch;
  return Math.max(base, base + adj);
}
