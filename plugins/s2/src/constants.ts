/**
 * The reference's hard-coded S2 constants (strategies reference §1.8, "hard-coded" row). They are not
 * parameters in the reference and stay constants here, so the schema keeps the reference's 23 fields.
 */
export const S2_CONST = Object.freeze({
  /** Gate 1: fewer bars than this gives none. */
  minBars: 60,
  /** VolZ lookback (strategies reference §0.3). */
  volzLookback: 50,
  emaPeriod: 20,
  /** EMA slope is measured over this many bars, in ticks per bar. */
  slopeBars: 5,
  /** Trend protection: at least `streakNeed` of the last `streakBars` closes on one side of VWAP. */
  streakBars: 12,
  streakNeed: 9,
  /** The confirmation bands and the structural stop band, in σ. */
  confirmBandSigma: 2,
  stopBandSigma: 3,
  imbalanceBars: 10,
  imbalanceLong: 0.9,
  imbalanceShort: 1.1,
  /** Imbalance when the window has no down volume. */
  imbalanceNoDown: 1.5,
  pivotWindow: 48,
  pivotRoomAtr: 0.5,
  pdRoomAtr: 0.25,
  pdRoomTicks: 4,
  magnetAtr: 0.3,
  ibBreakBars: 6,
  ibBreakAtr: 0.25,
  /** A fade against an IB break is still allowed beyond this |z|. */
  ibOverrideZ: 2.8,
  /** IB window, ET minutes [start, end) of the trade date (hard-coded in the reference). */
  ibStart: 9 * 60 + 30,
  ibEnd: 10 * 60 + 30,
  stopFallbackAtr: 0.25,
  targetMinR: 0.8,
  targetPushR: 0.9,
  adjSlopeTicks: 0.25,
  adjSlope: 0.3,
  adjVolzAbove: 1.5,
  adjVolz: 0.2,
  adjNq: 0.2,
  /** 11:20–12:00 ET, inclusive, lowers the threshold adders by 0.1. */
  adjLunchFrom: 680,
  adjLunchTo: 720,
  adjLunch: -0.1,
  rollWeekSigmaBump: 0.3,
  quantileStart: 2.0,
  quantileUp: 0.02,
  quantileDown: 0.01,
  quantileMin: 1.5,
  quantileMax: 3.5,
  adrLookbackDays: 20,
  adrRoomFrac: 0.25,
  adrExhaustionCap: 1.2,
  /** σ floor: the reference's sqrt(max(1e−12, var)). */
  sigmaFloor: 1e-6,
});
