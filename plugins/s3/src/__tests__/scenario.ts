// TEST-ONLY: hand-made S3 scenarios (the cursor and position state behind `context()` are engine
// internals, not on the public surface). Bars are given row by row; the feature columns are given
// directly by alias (not computed), so each rule can be driven exactly. The defaults make every
// bar a compressed, narrow, width-falling squeeze bar with no bias and no guards.
import {
  type BacktestOptions,
  type BacktestResult,
  type BarLabels,
  type Bars,
  createBars,
  labelBars,
  type ParamSet,
  type ParamValues,
  runBacktest,
  type Signal,
} from "sessionkit";
import { StrategyCursor } from "../../../../src/core/strategy/cursor.js";
import { PositionState } from "../../../../src/core/strategy/position-state.js";
import type { S3Context } from "../context.js";
import { type S3FeatureNames, s3Features } from "../features.js";
import type { S3ParamValues } from "../params.js";
import { S3Params } from "../params.js";
import { initialS3State, type S3State } from "../state.js";
import { s3Strategy } from "../strategy.js";

/** [open, high, low, close] (volume 100 unless given as a fifth value). */
export type Row = readonly [number, number, number, number, number?];

/** A quiet squeeze bar around `mid`: true range 1, inside [mid − 0.5, mid + 0.5]. */
export function quiet(n: number, mid = 5000): Row[] {
  return Array.from({ length: n }, (_, k) =>
    k % 2 === 0 ? ([mid, mid + 0.5, mid - 0.5, mid] as const) : ([mid, mid + 0.25, mid - 0.5, mid - 0.25] as const),
  );
}

export type FeatureOverride = Partial<Record<S3FeatureNames, (i: number, bars: Bars) => number>>;

/** The default columns: squeeze everywhere (2·σ = 2 ≤ 1.5·ATR = 3), width falling, median TR 2. */
const DEFAULTS: Record<S3FeatureNames, (i: number, bars: Bars) => number> = {
  sd: () => 1,
  mid: (i, b) => b.close[i]!,
  atrKc: () => 2,
  atr: () => 2,
  kcUp: (i, b) => b.close[i]! + 3,
  kcDn: (i, b) => b.close[i]! - 3,
  width: (i) => 0.01 - i * 1e-6,
  widthRank: () => 0.5,
  trMedian: () => 2,
  trQuant: () => 2,
  bias: () => 5000,
  volz: () => 0,
  orHigh: () => Number.NaN,
  orLow: () => Number.NaN,
  ibHigh: () => Number.NaN,
  ibLow: () => Number.NaN,
};

export interface Scenario {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly start: number;
  run(params?: ParamSet | ParamValues, options?: BacktestOptions): { result: BacktestResult; signals: Signal[] };
  /** A decide context on bar `i` (cursor moved with `.at(j)`), with its own state and position. */
  context(params?: Partial<S3ParamValues>): ScenarioContext;
}

export interface ScenarioContext {
  readonly ctx: S3Context;
  readonly state: S3State;
  readonly position: PositionState;
  at(i: number): S3Context;
}

/**
 * Bars from `rows`, one minute apart from `startIso` (default Tue 2026-04-14 08:00 ET, outside the
 * roll window), with feature columns from `features` over the defaults.
 */
export function scenario(
  rows: readonly Row[],
  features: FeatureOverride = {},
  startIso = "2026-04-14T12:00:00Z",
): Scenario {
  const n = rows.length;
  const t0 = Date.parse(startIso);
  const col = (f: (r: Row, i: number) => number) => Float64Array.from(rows, f);
  const bars = createBars({
    symbol: "ES",
    time: col((_, i) => t0 + i * 60_000),
    open: col((r) => r[0]),
    high: col((r) => r[1]),
    low: col((r) => r[2]),
    close: col((r) => r[3]),
    volume: col((r) => r[4] ?? 100),
  });
  const labels = labelBars(bars.time);
  const columns = new Map<S3FeatureNames, Float64Array>();
  for (const name of Object.keys(DEFAULTS) as S3FeatureNames[]) {
    const f = features[name] ?? DEFAULTS[name];
    columns.set(
      name,
      Float64Array.from({ length: n }, (_, i) => f(i, bars)),
    );
  }
  const keyToName = new Map<string, S3FeatureNames>();
  const register = (p: ParamValues) => {
    const decl = s3Features(S3Params.parse(p));
    for (const [name, key] of Object.entries(decl)) keyToName.set(key, name as S3FeatureNames);
  };
  const names = Object.keys(DEFAULTS) as S3FeatureNames[];
  return {
    bars,
    labels,
    start: t0,
    context(params = {}) {
      const state = initialS3State();
      const position = new PositionState();
      const cursor = new StrategyCursor({
        strategyId: "S3",
        bars,
        labels,
        features: { names, columns: names.map((nm) => columns.get(nm) as Float64Array) },
        position,
        state,
      });
      cursor.params = S3Params.parse(params);
      const ctx = cursor.ctx as unknown as S3Context;
      return {
        ctx,
        state,
        position,
        at(i: number) {
          cursor.i = i;
          return ctx;
        },
      };
    },
    run(params, options = {}) {
      register({});
      if (params !== undefined && "bySessionCode" in params) {
        const set = params as ParamSet;
        for (const name of ["Overnight", "RTH", "PostRTH"] as const) register(set.sessions[name]);
      } else if (params !== undefined) register(params as ParamValues);
      const signals: Signal[] = [];
      const result = runBacktest(
        {
          strategy: s3Strategy,
          bars,
          labels,
          features: {
            column(key: string) {
              const name = keyToName.get(key);
              const c = name === undefined ? undefined : columns.get(name);
              if (c === undefined) throw new Error(`scenario: no column for ${key}`);
              return c;
            },
          },
          ...(params !== undefined && { params }),
        },
        {
          schedule: false,
          guard: true,
          ...options,
          onDecision: (i, s) => {
            signals[i] = s;
          },
        },
      );
      return { result, signals };
    },
  };
}

/** The index and signal of every non-hold decision. */
export function actions(signals: readonly Signal[]): [number, Signal][] {
  const out: [number, Signal][] = [];
  signals.forEach((s, i) => {
    if (s !== undefined && s.kind !== "hold") out.push([i, s]);
  });
  return out;
}
