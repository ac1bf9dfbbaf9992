// TEST-ONLY: hand-made inputs for S11's pure rule functions.
import type { BarHistory, PositionView } from "sessionkit";
import { emptyInputs, type S11Inputs } from "../classify.js";
import { S11Params, type S11ParamValues } from "../params.js";

export const DEFAULTS: S11ParamValues = S11Params.parse({});

export function params(over: Partial<S11ParamValues> = {}): S11ParamValues {
  return S11Params.parse({ ...over });
}

/**
 * An exhausted low below the initial balance with every filter passing: IB 5000–5020 (mid 5010), trade
 * date range 4980–5030 = 50 of an ADR of 40, RSI 20, a 3× volume climax.
 */
export function longSetup(over: Partial<S11Inputs> = {}): S11Inputs {
  return Object.assign(emptyInputs(), {
    open: 4986,
    high: 4987,
    low: 4980,
    close: 4982,
    volume: 900,
    priorVolumeMean: 300,
    adx: 18,
    rvol: 2,
    rsi: 20,
    atr: 2,
    adr: 40,
    dayHigh: 5030,
    dayLow: 4980,
    ibHigh: 5020,
    ibLow: 5000,
    ibMid: 5010,
    tick: 0.25,
    ...over,
  });
}

/** The mirror: an exhausted high above the IB. */
export function shortSetup(over: Partial<S11Inputs> = {}): S11Inputs {
  return longSetup({
    open: 5034,
    high: 5040,
    low: 5033,
    close: 5038,
    rsi: 80,
    dayHigh: 5040,
    dayLow: 4990,
    ...over,
  });
}

/** Bars newest first: rows[0] is the current bar. */
export function history(rows: readonly { h: number; l: number; c: number }[]): BarHistory {
  const at = (k: number, f: (r: (typeof rows)[number]) => number) => {
    if (k < 0) throw new Error("lookahead");
    const r = rows[k];
    return r === undefined ? Number.NaN : f(r);
  };
  return {
    length: rows.length,
    time: (k = 0) => at(k, () => k),
    open: (k = 0) => at(k, (r) => r.c),
    high: (k = 0) => at(k, (r) => r.h),
    low: (k = 0) => at(k, (r) => r.l),
    close: (k = 0) => at(k, (r) => r.c),
    volume: (k = 0) => at(k, () => 100),
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
