import type { FeatureDef } from "../contract.js";
import { adrPct } from "./adr-pct.js";
import { atr14 } from "./atr-14.js";
import { bbWidth } from "./bb-width.js";
import { hourFrac } from "./hour-frac.js";
import { obImbalance } from "./ob-imbalance.js";
import { pos } from "./pos.js";
import { ret1m } from "./ret-1m.js";
import { ret5m } from "./ret-5m.js";
import { rsi14 } from "./rsi-14.js";
import { s7Regime } from "./s7-regime.js";
import { sessionFlag } from "./session-flag.js";
import { sessionType } from "./session-type.js";
import { vwapDist } from "./vwap-dist.js";

/** The 13 model-input features in their fixed index order (SPEC §3). Never reorder. */
export const MODEL_FEATURES: readonly FeatureDef[] = Object.freeze([
  ret1m,
  ret5m,
  atr14,
  rsi14,
  vwapDist,
  bbWidth,
  obImbalance,
  adrPct,
  hourFrac,
  sessionFlag,
  sessionType,
  pos,
  s7Regime,
]);

export const MODEL_FEATURE_NAMES: readonly string[] = Object.freeze(MODEL_FEATURES.map((f) => f.key));

export {
  adrPct,
  atr14,
  bbWidth,
  hourFrac,
  obImbalance,
  pos,
  ret1m,
  ret5m,
  rsi14,
  s7Regime,
  sessionFlag,
  sessionType,
  vwapDist,
};
