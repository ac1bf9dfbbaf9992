import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import { SESSION_NAMES, type SessionName } from "../market-time/sessions.js";
import type { BarHistory, BarView, DecideContext, FeatureView, LabelView } from "./context.js";
import { type InstrumentSpec, instrumentOf } from "./instruments.js";
import { PositionReader, type PositionState } from "./position-state.js";

/** The feature columns a cursor reads, in the order of the strategy's resolved feature names. */
export interface CursorFeatures {
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
}

export interface CursorInit {
  readonly strategyId: string;
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly features: CursorFeatures;
  readonly position: PositionState;
  readonly state: unknown;
  /** Freeze every view (guarded mode); the views already have no setters. */
  readonly frozen?: boolean;
}

function lookahead(strategyId: string, what: string, k: number): SessionkitError {
  return new SessionkitError(
    "SK_STRATEGY_LOOKAHEAD",
    `strategy ${strategyId}: ${what}(${k}) looks ${-k} bar(s) into the future; lookbacks must be >= 0.`,
    { plugin: strategyId, path: what, value: k },
  );
}

/**
 * The reusable cursor behind `decide(ctx)`: one set of view objects per run whose getters read the
 * columns at `i`. Moving to the next bar is one integer write, so the engine's loop allocates nothing.
 */
export class StrategyCursor {
  i = 0;
  params: Readonly<Record<string, unknown>> = Object.freeze({});
  readonly ctx: DecideContext<Readonly<Record<string, unknown>>, string, unknown>;

  constructor(init: CursorInit) {
    const cur = this;
    const { bars: b, labels: l, strategyId } = init;
    const frz = <T extends object>(o: T): T => (init.frozen ? Object.freeze(o) : o);
    const ago = (col: Float64Array, what: string, k: number): number => {
      if (!(k >= 0)) throw lookahead(strategyId, what, k);
      const j = cur.i - k;
      return j >= 0 ? (col[j] as number) : Number.NaN;
    };
    const bar: BarView = frz({
      get index() {
        return cur.i;
      },
      get time() {
        return b.time[cur.i] as number;
      },
      get open() {
        return b.open[cur.i] as number;
      },
      get high() {
        return b.high[cur.i] as number;
      },
      get low() {
        return b.low[cur.i] as number;
      },
      get close() {
        return b.close[cur.i] as number;
      },
      get volume() {
        return b.volume[cur.i] as number;
      },
    });
    const history: BarHistory = frz({
      get length() {
        return cur.i + 1;
      },
      time: (k = 0) => ago(b.time, "bars.time", k),
      open: (k = 0) => ago(b.open, "bars.open", k),
      high: (k = 0) => ago(b.high, "bars.high", k),
      low: (k = 0) => ago(b.low, "bars.low", k),
      close: (k = 0) => ago(b.close, "bars.close", k),
      volume: (k = 0) => ago(b.volume, "bars.volume", k),
    });
    const labels: LabelView = frz({
      get marketOpen() {
        return l.open[cur.i] === 1;
      },
      get tradeDate() {
        return l.tradeDate[cur.i] as number;
      },
      get clearingDate() {
        return l.clearingDate[cur.i] as number;
      },
      get session() {
        return l.session[cur.i] as number;
      },
      get sessionName(): SessionName | null {
        return SESSION_NAMES[l.session[cur.i] as number] ?? null;
      },
      get segment() {
        return l.segment[cur.i] as number;
      },
      get etMinute() {
        return l.etMinute[cur.i] as number;
      },
    });
    const features = frz(featureView(strategyId, init.features, cur, ago));
    const position = frz(new PositionReader(init.position, cur));
    const instrument: InstrumentSpec = instrumentOf(b.symbol);
    const state = init.state;
    this.ctx = frz({
      strategyId,
      symbol: b.symbol,
      instrument,
      bar,
      bars: history,
      features,
      labels,
      position,
      get params() {
        return cur.params;
      },
      state,
    });
  }
}

function featureView(
  strategyId: string,
  decl: CursorFeatures,
  cur: { readonly i: number },
  ago: (col: Float64Array, what: string, k: number) => number,
): FeatureView<string> {
  const byName = new Map<string, Float64Array>();
  const view: Record<string, unknown> = {};
  decl.names.forEach((name, j) => {
    const col = decl.columns[j];
    if (col === undefined) throw new RangeError(`feature column ${name} missing`);
    byName.set(name, col);
    Object.defineProperty(view, name, { enumerable: true, get: () => col[cur.i] as number });
  });
  view.at = (name: string, k: number): number => {
    const col = byName.get(name);
    if (col === undefined) {
      throw new SessionkitError(
        "SK_STRATEGY_FEATURE_UNDECLARED",
        `strategy ${strategyId}: feature ${JSON.stringify(name)} is not declared in its features.`,
        { plugin: strategyId, path: "features", value: name },
      );
    }
    return ago(col, `features.at("${name}")`, k);
  };
  return view as FeatureView<string>;
}
