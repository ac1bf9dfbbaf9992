import { type DecideContext, defineStrategy, minuteOfDay, Signal } from "sessionkit";
import { emptyInputs, fadeSide, type S11Inputs } from "./classify.js";
import { fadeEntry } from "./entry.js";
import { type DepthImbalance, depthAllows, type NewsGate } from "./externals.js";
import { s11Features, s11WarmupBars } from "./features.js";
import { manage, type S11PositionState } from "./manage.js";
import { S11Params, type S11ParamValues } from "./params.js";

export const S11_STRATEGY_ID = "S11";

export interface S11StrategyOptions {
  /** Order-book imbalance source; without one the check follows `whenNoDepth`. */
  readonly depth?: DepthImbalance;
  /** With no depth reading: "pass" (default) lets the entry through, "block" refuses it. */
  readonly whenNoDepth?: "pass" | "block";
  /** News calendar consulted when the parameter `enableNewsGate` is true; without one nothing is blocked. */
  readonly newsGate?: NewsGate;
}

export interface S11State extends S11PositionState {
  readonly inputs: S11Inputs;
}

function createState(): S11State {
  return { inputs: emptyInputs(), posEntryTime: Number.NaN, initialRisk: Number.NaN };
}

type Ctx = DecideContext<S11ParamValues, keyof ReturnType<typeof s11Features>, S11State>;

/** Window times of a parameter set in ET minutes, parsed once per (frozen, reused) set. */
const windowCache = new WeakMap<object, { start: number; end: number }>();
function windowOf(p: S11ParamValues): { start: number; end: number } {
  let w = windowCache.get(p);
  if (w === undefined) {
    w = { start: minuteOfDay(p.windowStart), end: minuteOfDay(p.windowEnd) };
    windowCache.set(p, w);
  }
  return w;
}

function fillInputs(ctx: Ctx, x: S11Inputs, p: S11ParamValues): void {
  const { bars, features: f } = ctx;
  x.open = bars.open(0);
  x.high = bars.high(0);
  x.low = bars.low(0);
  x.close = bars.close(0);
  x.volume = bars.volume(0);
  let sum = 0;
  for (let k = 1; k <= p.exhaustionBars; k++) sum += bars.volume(k);
  x.priorVolumeMean = sum / p.exhaustionBars;
  x.adx = f.adx;
  x.rvol = f.rvol;
  x.rsi = f.rsi;
  x.atr = f.atr;
  x.adr = f.adr;
  x.dayHigh = f.dayHigh;
  x.dayLow = f.dayLow;
  x.ibHigh = f.ibHigh;
  x.ibLow = f.ibLow;
  x.ibMid = f.ibMid;
  x.tick = ctx.instrument.tick;
}

function decideS11(ctx: Ctx, o: S11StrategyOptions): Signal {
  const { position, state: s } = ctx;
  if (!position.isFlat) return manage(s, position, ctx.bars, ctx.instrument.tick);
  if (position.hasPendingEntry) return Signal.hold();
  const p = ctx.params;
  const w = windowOf(p);
  const m = ctx.labels.etMinute;
  if (m < w.start || m >= w.end) return Signal.hold();
  if (p.enableNewsGate && o.newsGate?.isBlocked(ctx.bar.time) === true) return Signal.hold();
  const x = s.inputs;
  fillInputs(ctx, x, p);
  const side = fadeSide(x, p);
  if (side === 0) return Signal.hold();
  const imbalance = o.depth === undefined ? Number.NaN : o.depth.imbalanceAt(ctx.symbol, ctx.bar.time);
  if (!depthAllows(side, imbalance, p.minDomImbalance, o.whenNoDepth ?? "pass")) return Signal.hold();
  return fadeEntry(side, x, p) ?? Signal.hold();
}

/**
 * S11, afternoon ADR / initial-balance exhaustion fade (SPEC §5; strategies reference §4.2, the
 * intended engine with its defects fixed). Reads the RTH parameter set; entries only inside
 * [windowStart, windowEnd) ET; management on every bar until the position is closed.
 */
export function createS11Strategy(options: S11StrategyOptions = {}) {
  const o = { ...options };
  return defineStrategy({
    id: S11_STRATEGY_ID,
    apiVersion: 1,
    description: "afternoon ADR / initial-balance exhaustion fade (13:30–15:30 ET)",
    params: S11Params,
    features: s11Features,
    warmup: () => ({ bars: s11WarmupBars() }),
    paramsSession: "RTH",
    // Intraday: a position the time stop or management still holds at the trade date's last bar is
    // closed there, never carried through the daily halt.
    flatten: "trade-date",
    initialState: createState,
    decide: (ctx) => decideS11(ctx as Ctx, o),
  });
}

/** S11 with no depth source (the order-book check passes) and no news gate. */
export const s11Strategy = createS11Strategy();
