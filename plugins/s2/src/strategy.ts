import { defineStrategy, roundToTick, Signal } from "sessionkit";
import { S2_CONST } from "./constants.js";
import { findEntry, type S2Context, type Trigger } from "./entry-rules.js";
import { s2Features } from "./features.js";
import { S2Params, type S2ParamValues } from "./params.js";
import { flooredSigma, gatesPass, volzOrZero, zOf } from "./prefilter.js";
import { screenS2 } from "./screen.js";
import { createS2State } from "./state.js";

export const S2_STRATEGY_ID = "S2";

const TAGS: Readonly<Record<Trigger, readonly string[]>> = Object.freeze({
  sigma: Object.freeze(["S2", "sigma"]),
  atr: Object.freeze(["S2", "atr"]),
});

/**
 * Trailing stop of an open position (TrailAtrMult, read from the ParamSet the position entered
 * with): the stop follows the close at TrailAtrMult × ATR and only ever tightens; 0 turns it off.
 */
function trail(ctx: S2Context, atr: number): Signal {
  const pos = ctx.position;
  const entered = (pos.params ?? ctx.params) as Readonly<S2ParamValues>;
  const mult = entered.trailAtrMult;
  if (!(mult > 0 && atr > 0)) return Signal.hold();
  const tick = ctx.instrument.tick;
  const side = pos.side;
  const close = ctx.bar.close;
  const stop = roundToTick(close - side * mult * atr, tick);
  const improves = Number.isNaN(pos.stop) || side * (stop - pos.stop) >= tick;
  return improves && side * (close - stop) >= tick ? Signal.modify({ stop, tag: "trail" }) : Signal.hold();
}

/**
 * S2, session-VWAP σ-band mean reversion (SPEC §5; strategies reference §1): fade a close stretched
 * beyond the dynamic σ threshold (or AtrEnter ATRs) from the session VWAP once the stretch slows and a
 * reversal bar confirms, with a limit one tick better than the close, the structural stop capped at
 * StopAtrMult × ATR and the nearer of the VWAP and TargetAtrMult × ATR as target. Reads the ParamSet
 * of the decision bar's session; an open position is managed with the set it entered with.
 */
export const s2Strategy = defineStrategy({
  id: S2_STRATEGY_ID,
  apiVersion: 1,
  description: "session-VWAP σ-band mean reversion",
  params: S2Params,
  features: (p: Readonly<S2ParamValues>) => s2Features(p),
  warmup: ({ params }) => ({ bars: Math.max(S2_CONST.minBars, params.atrLen + 1, S2_CONST.volzLookback + 1) }),
  // The VWAP target belongs to the trade date's anchors: never carry a fade over the daily halt.
  flatten: "trade-date",
  initialState: createS2State,
  screen: screenS2,
  decide(ctx) {
    const { bar, features: f, position: pos, state } = ctx;
    const p = ctx.params;
    // Gates 1–4 (§1.3): enough bars, bar volume, a session VWAP with σ > 0, a true ATR, VolZ in band.
    // Locals, not the state's market record: most bars end before findEntry, which alone reads it.
    const rawSigma = f.sigma;
    const vwap = f.vwap;
    const atr = f.atr;
    const volz = volzOrZero(f.volz);
    const sigma = flooredSigma(rawSigma);
    const z = zOf(bar.close, vwap, rawSigma);
    const ready = gatesPass(p, ctx.bars.length, bar.volume, vwap, rawSigma, atr, volz);
    let q = Number.NaN;
    if (ready) {
      // The threshold reads the hour's quantile as earlier bars left it, then this bar is folded in;
      // this happens on every evaluated bar, in or out of a position, so the table is path-free. In a
      // batch run the screen has folded every bar already and kept what each bar it marked reads
      // (the only bars decide sees flat; elsewhere q is not used).
      const screened = state.screenQ;
      if (screened !== undefined) q = screened[bar.index] as number;
      else {
        q = state.quantiles.readThenFold(bar.time, Math.floor(ctx.labels.etMinute / 60), Math.abs(z));
      }
    }
    if (!pos.isFlat) return trail(ctx, atr);
    if (!ready || pos.hasPendingEntry) return Signal.hold();
    if (pos.barsSinceExit < p.cooldownBars || pos.tradesThisSession >= p.maxTradesPerSession) return Signal.hold();
    const m = state.market;
    m.vwap = vwap;
    m.sigma = sigma;
    m.atr = atr;
    m.volz = volz;
    m.z = z;
    m.q = q;
    const trigger = findEntry(ctx as S2Context, m);
    if (trigger === undefined) return Signal.hold();
    const plan = state.plan;
    const init = {
      entryType: p.entryMode === "retest" ? ("limit" as const) : ("market" as const),
      entryPrice: p.entryMode === "retest" ? plan.entry : undefined,
      stop: plan.stop,
      target: plan.target,
      validityBars: p.validityBars,
      timeStopBars: p.maxBarsInTrade,
      tags: TAGS[trigger],
    };
    return plan.side > 0 ? Signal.long(init) : Signal.short(init);
  },
});
