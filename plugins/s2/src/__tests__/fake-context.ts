// TEST-ONLY: a hand-built DecideContext over a few bars (oldest first), with features set by hand,
// so each S2 rule can be checked in isolation without the engine.
import { type BarHistory, type DecideContext, instrumentOf, type Root } from "sessionkit";
import type { S2FeatureName } from "../features.js";
import { S2Params, type S2ParamValues } from "../params.js";
import { createS2State, type S2State } from "../state.js";

export interface FakeBar {
  readonly o: number;
  readonly h: number;
  readonly l: number;
  readonly c: number;
  readonly v?: number;
}

export function history(bars: readonly FakeBar[], t0 = Date.UTC(2026, 2, 10, 15, 0)): BarHistory {
  const n = bars.length;
  const at = (k: number, f: (b: FakeBar) => number) => {
    if (!(k >= 0)) throw new Error(`lookahead ${k}`);
    const b = bars[n - 1 - k];
    return b === undefined ? Number.NaN : f(b);
  };
  return {
    length: n,
    time: (k = 0) => (k < n ? t0 + (n - 1 - k) * 60_000 : Number.NaN),
    open: (k = 0) => at(k, (b) => b.o),
    high: (k = 0) => at(k, (b) => b.h),
    low: (k = 0) => at(k, (b) => b.l),
    close: (k = 0) => at(k, (b) => b.c),
    volume: (k = 0) => at(k, (b) => b.v ?? 1000),
  };
}

/** `n` quiet bars around `price` (alternating up/down, equal volume), oldest first. */
export function quietBars(n: number, price: number): FakeBar[] {
  return Array.from({ length: n }, (_, i) => {
    const up = i % 2 === 0;
    return { o: price, h: price + 0.5, l: price - 0.5, c: up ? price + 0.25 : price - 0.25, v: 1000 };
  });
}

export type FeatureValues = Partial<Record<S2FeatureName, number>> & { emaAgo5?: number };

export interface FakePosition {
  side?: number;
  stop?: number;
  params?: S2ParamValues;
  hasPendingEntry?: boolean;
  barsSinceExit?: number;
  tradesThisSession?: number;
}

export interface FakeInit {
  bars: readonly FakeBar[];
  features?: FeatureValues;
  params?: Partial<S2ParamValues>;
  symbol?: Root;
  etMinute?: number;
  tradeDate?: number;
  position?: FakePosition;
  state?: S2State;
}

/** Neutral features: VWAP 100, σ 1, ATR 1, flat EMA, no ADR/IB/prior day. */
export const NEUTRAL: Required<Omit<FeatureValues, "emaAgo5">> = {
  vwap: 100,
  sigma: 1,
  atr: 1,
  ema: 100,
  volz: 0,
  adr: Number.NaN,
  dayHigh: Number.NaN,
  dayLow: Number.NaN,
  pdHigh: Number.NaN,
  pdLow: Number.NaN,
  pdClose: Number.NaN,
  pdVwap: Number.NaN,
  ibHigh: Number.NaN,
  ibLow: Number.NaN,
};

export function fakeContext(init: FakeInit): DecideContext<S2ParamValues, S2FeatureName, S2State> {
  const bars = history(init.bars);
  const last = init.bars[init.bars.length - 1] as FakeBar;
  const fv = { ...NEUTRAL, ...init.features };
  const features = {
    ...fv,
    at(name: S2FeatureName, k: number): number {
      if (k === 0) return fv[name];
      if (name === "ema" && k === 5) return init.features?.emaAgo5 ?? fv.ema;
      throw new Error(`fake features: ${name} ${k} bars ago not provided`);
    },
  };
  const pos = init.position ?? {};
  const side = pos.side ?? 0;
  const params = Object.freeze(S2Params.parse({ ...init.params })) as S2ParamValues;
  return {
    strategyId: "S2",
    symbol: init.symbol ?? "ES",
    instrument: instrumentOf(init.symbol ?? "ES"),
    bar: {
      index: init.bars.length - 1,
      time: bars.time(0),
      open: last.o,
      high: last.h,
      low: last.l,
      close: last.c,
      volume: last.v ?? 1000,
    },
    bars,
    features,
    labels: {
      marketOpen: true,
      tradeDate: init.tradeDate ?? 20260310,
      clearingDate: init.tradeDate ?? 20260310,
      session: 1,
      sessionName: "RTH",
      segment: 6,
      etMinute: init.etMinute ?? 11 * 60,
    },
    position: {
      isFlat: side === 0,
      side,
      qty: side === 0 ? 0 : 1,
      entryPrice: Number.NaN,
      entryTime: Number.NaN,
      barsInTrade: 0,
      stop: pos.stop ?? Number.NaN,
      target: Number.NaN,
      target2: Number.NaN,
      target1Hit: false,
      params: pos.params,
      paramsHash: "",
      hasPendingEntry: pos.hasPendingEntry ?? false,
      barsSinceExit: pos.barsSinceExit ?? Number.POSITIVE_INFINITY,
      tradesThisSession: pos.tradesThisSession ?? 0,
      tradesThisTradeDate: pos.tradesThisSession ?? 0,
    },
    params,
    state: init.state ?? createS2State(),
  };
}
