import { type DecideContext, defineStrategy, minuteOfDay, Signal } from "sessionkit";
import { classify, IDLE, REVERSAL_LONG, REVERSAL_SHORT, type S6Inputs } from "./classify.js";
import { entryFor, reversalExpectedR } from "./entry.js";
import { s6Features, s6WarmupBars } from "./features.js";
import { manage } from "./manage.js";
import { S6Params, type S6ParamValues } from "./params.js";
import { divergenceBp, NO_PEER, type PeerReturns } from "./peer.js";
import { createS6State, type S6State, updateGap } from "./state.js";

export const S6_STRATEGY_ID = "S6";

export interface S6StrategyOptions {
  /** The peer instrument's returns for the divergence leg; without it the leg is skipped. */
  readonly peer?: PeerReturns;
}

type Ctx = DecideContext<S6ParamValues, keyof ReturnType<typeof s6Features>, S6State>;

/** Window times of a parameter set in ET minutes, parsed once per set (sets are frozen and reused). */
interface Times {
  readonly start: number;
  readonly end: number;
  readonly rthOpen: number;
  readonly onEnd: number;
}
const timesCache = new WeakMap<object, Times>();
function timesOf(p: S6ParamValues): Times {
  let t = timesCache.get(p);
  if (t === undefined) {
    t = {
      start: minuteOfDay(p.windowStart),
      end: minuteOfDay(p.windowEnd),
      rthOpen: minuteOfDay(p.rthOpen),
      onEnd: minuteOfDay(p.onWindowEnd),
    };
    timesCache.set(p, t);
  }
  return t;
}

function fillInputs(ctx: Ctx, x: S6Inputs, s: S6State, rthOpen: number, peer: PeerReturns): void {
  const { bars, features: f } = ctx;
  x.close = bars.close(0);
  x.close1 = bars.close(1);
  x.close2 = bars.close(2);
  x.open = bars.open(0);
  x.high1 = bars.high(1);
  x.low1 = bars.low(1);
  x.volume = bars.volume(0);
  x.volume1 = bars.volume(1);
  x.volume2 = bars.volume(2);
  x.onHigh = f.onHigh;
  x.onLow = f.onLow;
  x.adx = f.adx;
  x.rvol = f.rvol;
  x.trendFast = f.trendFast;
  x.trendSlow = f.trendSlow;
  x.atr = f.atr;
  x.gapDir = s.gapDir;
  x.minutesSinceOpen = ctx.labels.etMinute - rthOpen;
  x.tick = ctx.instrument.tick;
  x.divBp = divergenceBp(x.close / x.close1 - 1, peer.returnAt(ctx.symbol, ctx.bar.time));
}

function decideS6(ctx: Ctx, peer: PeerReturns): Signal {
  const { bar, labels, position, state: s } = ctx;
  const p = ctx.params;
  const t = timesOf(p);
  updateGap(s, labels.tradeDate, labels.session, labels.etMinute, bar.open, bar.close, t.onEnd, t.rthOpen);
  // An open position keeps the parameter set it entered with.
  const pp = (position.params as S6ParamValues | undefined) ?? p;
  const pt = timesOf(pp);
  const m = labels.etMinute;
  const inWindow = m >= pt.start && m < pt.end;
  const tick = ctx.instrument.tick;
  if (!inWindow && position.isFlat) return Signal.hold();
  const x = s.inputs;
  fillInputs(ctx, x, s, pt.rthOpen, peer);
  const pen = ctx.instrument.family === "NQ" ? pp.failBreakPenetrationTicksNQ : pp.failBreakPenetrationTicksES;
  const regime = inWindow ? classify(x, pp, pen) : IDLE;
  const adr = ctx.features.adr;
  if (!position.isFlat) {
    // Regime flip: a reversal against the position with enough expected R closes it; the reversal
    // entry is then taken on a later bar if the regime still holds.
    const against = position.side > 0 ? REVERSAL_SHORT : REVERSAL_LONG;
    if (regime === against && reversalExpectedR(-position.side, x, pp, adr) >= pp.flipMinR) {
      return Signal.exit({ tag: "S6-Flip" });
    }
    return manage(s, position, ctx.bars, !inWindow, tick);
  }
  if (regime === IDLE || position.hasPendingEntry) return Signal.hold();
  return entryFor(regime, x, p, adr, ctx.bars) ?? Signal.hold();
}

/**
 * S6, opening drive vs failed-breakout reversal (SPEC §5; strategies reference §3.2, intended
 * engine with its defects fixed). Reads the RTH parameter set; entries only inside
 * [windowStart, windowEnd) ET; management on every bar until the position is closed.
 */
export function createS6Strategy(options: S6StrategyOptions = {}) {
  const peer = options.peer ?? NO_PEER;
  return defineStrategy({
    id: S6_STRATEGY_ID,
    apiVersion: 1,
    description: "opening drive vs failed-breakout reversal (09:28–10:00 ET)",
    params: S6Params,
    features: s6Features,
    warmup: () => ({ bars: s6WarmupBars() }),
    paramsSession: "RTH",
    // Intraday: a position the time stop or management still holds at the trade date's last bar is
    // closed there, never carried through the daily halt.
    flatten: "trade-date",
    initialState: createS6State,
    decide: (ctx) => decideS6(ctx as Ctx, peer),
  });
}

/** S6 without peer data (the divergence leg is skipped). */
export const s6Strategy = createS6Strategy();
