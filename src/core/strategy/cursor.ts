import type { Bars } from "../data/bars.js";
import type { BarLabels } from "../market-time/labels.js";
import type { BarHistory, BarView, DecideContext, FeatureView, LabelView, PositionView } from "./context.js";
import { type InstrumentSpec, instrumentOf } from "./instruments.js";
import { PositionReader, type PositionState } from "./position-state.js";
import { BarCursorView, createFeatureView, HistoryView, LabelCursorView } from "./views.js";

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

type Params = Readonly<Record<string, unknown>>;

/** The context object handed to decide; `params` is read from the cursor on each access. */
class Context implements DecideContext<Params, string, unknown> {
  readonly #cur: StrategyCursor;
  constructor(
    cur: StrategyCursor,
    readonly strategyId: string,
    readonly symbol: Bars["symbol"],
    readonly instrument: InstrumentSpec,
    readonly bar: BarView,
    readonly bars: BarHistory,
    readonly features: FeatureView<string>,
    readonly labels: LabelView,
    readonly position: PositionView,
    readonly state: unknown,
  ) {
    this.#cur = cur;
  }
  get params(): Params {
    return this.#cur.params;
  }
}

/**
 * The reusable cursor behind `decide(ctx)`: one set of view objects per run whose getters read the
 * columns at `i`. Moving to the next bar is one integer write, so the engine's loop allocates nothing.
 * No accessor reaches past `i`: lookbacks must be >= 0 (SK_STRATEGY_LOOKAHEAD).
 */
export class StrategyCursor {
  i = 0;
  params: Params = Object.freeze({});
  readonly ctx: DecideContext<Params, string, unknown>;

  constructor(init: CursorInit) {
    const frz = <T extends object>(o: T): T => (init.frozen ? Object.freeze(o) : o);
    const { bars, labels, strategyId } = init;
    this.ctx = frz(
      new Context(
        this,
        strategyId,
        bars.symbol,
        instrumentOf(bars.symbol),
        frz(new BarCursorView(bars, this)),
        frz(new HistoryView(bars, this, strategyId)),
        frz(createFeatureView(strategyId, init.features.names, init.features.columns, this)),
        frz(new LabelCursorView(labels, this)),
        frz(new PositionReader(init.position, this)),
        init.state,
      ),
    );
  }
}
