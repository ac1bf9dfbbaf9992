import type { ScreenInput, ScreenSession } from "sessionkit";
import type { S2FeatureName } from "./features.js";
import type { S2ParamValues } from "./params.js";
import { CONFIRM_BEAR, CONFIRM_BULL, confirmAt, decelRunAt, type PatternColumns } from "./pattern-columns.js";
import { type LevelValues, levelsPass } from "./prefilter.js";
import type { S2State } from "./state.js";

type Session = ScreenSession<S2ParamValues, S2FeatureName>;

/** What the checks after the stretch floor read, for one stretch of one session. */
export interface AfterFloor {
  readonly input: ScreenInput<S2ParamValues, S2FeatureName, S2State>;
  readonly p: Readonly<S2ParamValues>;
  readonly f: Session["features"];
  readonly pat: PatternColumns;
  readonly lv: LevelValues;
  readonly tick: number;
  readonly confirmLookback: number;
  readonly adrs: Float64Array;
  readonly closes: Float64Array;
  readonly vwaps: Float64Array;
  readonly sigmas: Float64Array;
  readonly atrs: Float64Array;
  readonly etMinute: Int16Array;
  readonly qAt: Float64Array;
}

/**
 * The rest of the prefilter and the cheap entry rules for bar i, a bar past the stretch floor whose
 * entry has ADR room (screen-loops.ts), q the quantile it reads: the deceleration and reversal bar from
 * the pattern columns, then the levels. Keeps q for decide when the bar is marked.
 */
export function markIfEntry(a: AfterFloor, i: number, q: number): boolean {
  const close = a.closes[i] as number;
  const vwap = a.vwaps[i] as number;
  if (decelRunAt(a.pat, i) < a.confirmLookback) return false;
  const confirm = confirmAt(a.pat, i);
  if (close > vwap ? (confirm & CONFIRM_BEAR) === 0 : close < vwap && (confirm & CONFIRM_BULL) === 0) return false;
  const f = a.f;
  const lv = a.lv;
  lv.adr = a.adrs[i] as number;
  lv.dayHigh = f.dayHigh[i] as number;
  lv.dayLow = f.dayLow[i] as number;
  lv.ibHigh = f.ibHigh[i] as number;
  lv.ibLow = f.ibLow[i] as number;
  lv.pdVwap = f.pdVwap[i] as number;
  lv.pdClose = f.pdClose[i] as number;
  const atr = a.atrs[i] as number;
  const z = (close - vwap) / Math.max(a.sigmas[i] as number, 1e-6);
  if (!levelsPass(a.input.historyAt(i), a.p, lv, close, atr, z, a.tick, a.etMinute[i] as number)) return false;
  a.qAt[i] = q;
  return true;
}
