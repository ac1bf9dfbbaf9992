// TEST-ONLY: hand-made inputs for S6's pure rule functions.
import type { BarHistory, PositionView } from "sessionkit";
import { emptyInputs, type S6Inputs } from "../classify.js";
import { S6Params, type S6ParamValues } from "../params.js";

export const DEFAULTS: S6ParamValues = S6Params.parse({});

export function params(over: Partial<S6ParamValues> = {}): S6ParamValues {
  return S6Params.parse({ ...over });
}

/** Inputs of a calm bar inside the ON range with every filter passing; override what a test needs. */
export function inputs(over: Partial<S6Inputs> = {}): S6Inputs {
  return Object.assign(emptyInputs(), {
    close: 5000,
    close1: 4999.75,
    close2: 4999.5,
    open: 4999.75,
    high1: 5000,
    low1: 4999.5,
    volume: 100,
    volume1: 100,
    volume2: 100,
    onHigh: 5010,
    onLow: 4990,
    adx: 30,
    rvol: 2,
    trendFast: 5001,
    trendSlow: 5000,
    atr: 2,
    gapDir: 0,
    minutesSinceOpen: 5,
    divBp: Number.NaN,
    tick: 0.25,
    ...over,
  });
}

/** Bars newest first: rows[0] is the current bar. */
export function history(rows: readonly { o?: number; h: number; l: number; c: number; v?: number }[]): BarHistory {
  const at = (k: number, f: (r: (typeof rows)[number]) => number) => {
    if (k < 0) throw new Error("lookahead");
    const r = rows[k];
    return r === undefined ? Number.NaN : f(r);
  };
  return {
    length: rows.length,
    time: (k = 0) => at(k, () => k),
    open: (k = 0) => at(k, (r) => r.o ?? r.c),
    high: (k = 0) => at(k, (r) => r.h),
    low: (k = 0) => at(k, (r) => r.l),
    close: (k = 0) => at(k, (r) => r.c),
    volume: (k = 0) => at(k, (r) => r.v ?? 100),
  };
}

export function position(over: Partial<PositionView>): PositionView {
  return {
    isFlat: false,
    side: 1,
    qty: 1,
    entryPrice: 5000,
    entryTime: 1_000,
    barsInTrade: 3,
    stop: 4996,
    target: 5006,
    target2: Number.NaN,
    target1Hit: false,
    params: undefined,
    paramsHash: "",
    hasPendingEntry: false,
    barsSinceExit: Number.POSITIVE_INFINITY,
    tradesThisSession: 1,
    tradesThisTradeDate: 1,
    ...over,
  };
}
