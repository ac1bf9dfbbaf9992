import { S2_CONST } from "./constants.js";

/** The names S2 reads through `ctx.features`, each bound to a feature key by `s2Features`. */
export type S2FeatureName =
  | "vwap"
  | "sigma"
  | "atr"
  | "ema"
  | "volz"
  | "adr"
  | "dayHigh"
  | "dayLow"
  | "pdHigh"
  | "pdLow"
  | "pdClose"
  | "pdVwap"
  | "ibHigh"
  | "ibLow";

export type S2FeatureDecl = Readonly<Record<S2FeatureName, string>>;

/**
 * S2's feature declaration (SPEC §5 fixes): the session VWAP and σ anchored at the trade-date open
 * for Overnight and at 09:30 ET for RTH/PostRTH; a true Wilder ATR(atrLen); ADR, today's range and
 * prior-day levels over CME trade dates (completed ones for ADR and prior day); the 09:30–10:30 IB.
 */
export function s2Features(p: { readonly atrLen: number }): S2FeatureDecl {
  const ib = `${S2_CONST.ibStart},${S2_CONST.ibEnd}`;
  return {
    vwap: "vwap.session",
    sigma: "vwap.session.sigma",
    atr: `atr:${p.atrLen}`,
    ema: `ema:${S2_CONST.emaPeriod}`,
    volz: `volz:${S2_CONST.volzLookback}`,
    adr: `adr:${S2_CONST.adrLookbackDays}`,
    dayHigh: "day.high",
    dayLow: "day.low",
    pdHigh: "pd.high",
    pdLow: "pd.low",
    pdClose: "pd.close",
    pdVwap: "pd.vwap",
    ibHigh: `ib.high:${ib}`,
    ibLow: `ib.low:${ib}`,
  };
}
