import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { BarLabels } from "../market-time/labels.js";
import { SESSION_NAMES, type SessionName } from "../market-time/sessions.js";
import type { BarHistory, BarView, FeatureView, LabelView } from "./context.js";

/** The moving part every view reads: the current bar index. */
export interface CursorIndex {
  i: number;
}

// The views are classes with prototype getters (not closures on object literals) so that V8 sees one
// shape per view and inlines the getters in the engine's loop.

export function lookahead(strategyId: string, what: string, k: number): SessionkitError {
  return new SessionkitError(
    "SK_STRATEGY_LOOKAHEAD",
    `strategy ${strategyId}: ${what}(${k}) looks ${-k} bar(s) into the future; lookbacks must be >= 0.`,
    { plugin: strategyId, path: what, value: k },
  );
}

export class BarCursorView implements BarView {
  // The columns themselves, not the Bars record: one load less per read in decide's hot path.
  readonly #time: Float64Array;
  readonly #open: Float64Array;
  readonly #high: Float64Array;
  readonly #low: Float64Array;
  readonly #close: Float64Array;
  readonly #volume: Float64Array;
  readonly #c: CursorIndex;
  constructor(b: Bars, c: CursorIndex) {
    this.#time = b.time;
    this.#open = b.open;
    this.#high = b.high;
    this.#low = b.low;
    this.#close = b.close;
    this.#volume = b.volume;
    this.#c = c;
  }
  get index(): number {
    return this.#c.i;
  }
  get time(): number {
    return this.#time[this.#c.i] as number;
  }
  get open(): number {
    return this.#open[this.#c.i] as number;
  }
  get high(): number {
    return this.#high[this.#c.i] as number;
  }
  get low(): number {
    return this.#low[this.#c.i] as number;
  }
  get close(): number {
    return this.#close[this.#c.i] as number;
  }
  get volume(): number {
    return this.#volume[this.#c.i] as number;
  }
}

export class HistoryView implements BarHistory {
  readonly #time: Float64Array;
  readonly #open: Float64Array;
  readonly #high: Float64Array;
  readonly #low: Float64Array;
  readonly #close: Float64Array;
  readonly #volume: Float64Array;
  readonly #c: CursorIndex;
  readonly #id: string;
  constructor(b: Bars, c: CursorIndex, id: string) {
    this.#time = b.time;
    this.#open = b.open;
    this.#high = b.high;
    this.#low = b.low;
    this.#close = b.close;
    this.#volume = b.volume;
    this.#c = c;
    this.#id = id;
  }
  get length(): number {
    return this.#c.i + 1;
  }
  #ago(col: Float64Array, what: string, k: number): number {
    if (!(k >= 0)) throw lookahead(this.#id, what, k);
    const j = this.#c.i - k;
    return j >= 0 ? (col[j] as number) : Number.NaN;
  }
  time(k = 0): number {
    return this.#ago(this.#time, "bars.time", k);
  }
  open(k = 0): number {
    return this.#ago(this.#open, "bars.open", k);
  }
  high(k = 0): number {
    return this.#ago(this.#high, "bars.high", k);
  }
  low(k = 0): number {
    return this.#ago(this.#low, "bars.low", k);
  }
  close(k = 0): number {
    return this.#ago(this.#close, "bars.close", k);
  }
  volume(k = 0): number {
    return this.#ago(this.#volume, "bars.volume", k);
  }
}

export class LabelCursorView implements LabelView {
  readonly #open: Uint8Array;
  readonly #tradeDate: Int32Array;
  readonly #clearingDate: Int32Array;
  readonly #session: Int8Array;
  readonly #segment: Int8Array;
  readonly #etMinute: Int16Array;
  readonly #c: CursorIndex;
  constructor(l: BarLabels, c: CursorIndex) {
    this.#open = l.open;
    this.#tradeDate = l.tradeDate;
    this.#clearingDate = l.clearingDate;
    this.#session = l.session;
    this.#segment = l.segment;
    this.#etMinute = l.etMinute;
    this.#c = c;
  }
  get marketOpen(): boolean {
    return this.#open[this.#c.i] === 1;
  }
  get tradeDate(): number {
    return this.#tradeDate[this.#c.i] as number;
  }
  get clearingDate(): number {
    return this.#clearingDate[this.#c.i] as number;
  }
  get session(): number {
    return this.#session[this.#c.i] as number;
  }
  get sessionName(): SessionName | null {
    return SESSION_NAMES[this.#session[this.#c.i] as number] ?? null;
  }
  get segment(): number {
    return this.#segment[this.#c.i] as number;
  }
  get etMinute(): number {
    return this.#etMinute[this.#c.i] as number;
  }
}

interface FeatureViewInstance {
  at(name: string, k: number): number;
}
type FeatureViewClass = new (
  strategyId: string,
  byName: ReadonlyMap<string, Float64Array>,
  cols: readonly Float64Array[],
  c: CursorIndex,
) => FeatureViewInstance;

/** One class per feature-name list, shared by every run, so decide's property loads stay monomorphic. */
const featureViewClasses = new Map<string, FeatureViewClass>();

/** `at(name, k)`: the value k bars back (k >= 0), NaN before the series start. */
function featureAt(
  id: string,
  byName: ReadonlyMap<string, Float64Array>,
  c: CursorIndex,
  name: string,
  k: number,
): number {
  const col = byName.get(name);
  if (col === undefined) {
    throw new SessionkitError(
      "SK_STRATEGY_FEATURE_UNDECLARED",
      `strategy ${id}: feature ${JSON.stringify(name)} is not declared in its features.`,
      { plugin: id, path: "features", value: name },
    );
  }
  if (!(k >= 0)) throw lookahead(id, `features.at("${name}")`, k);
  const j = c.i - k;
  return j >= 0 ? (col[j] as number) : Number.NaN;
}

/**
 * The class of a feature view, generated once per name list: one private field per column and one
 * literal getter per name (`get "atr:14"() { return this.#c0[this.#cur.i]; }`). Generated source (names
 * are JSON-quoted, never spliced raw) gives V8 a fixed shape and tiny getters it inlines into decide;
 * getters added with defineProperty or closures measured 3-5x slower in the engine loop.
 */
function featureViewClass(names: readonly string[]): FeatureViewClass {
  const key = JSON.stringify(names);
  const hit = featureViewClasses.get(key);
  if (hit !== undefined) return hit;
  const fields = names.map((_, j) => `#c${j};`).join(" ");
  const assigns = names.map((_, j) => `this.#c${j} = cols[${j}];`).join(" ");
  const getters = names.map((n, j) => `get ${JSON.stringify(n)}() { return this.#c${j}[this.#cur.i]; }`).join("\n");
  const source = `return class Features {
    #id; #byName; #cur; ${fields}
    constructor(id, byName, cols, cur) { this.#id = id; this.#byName = byName; this.#cur = cur; ${assigns} }
    ${getters}
    at(name, k) { return featureAt(this.#id, this.#byName, this.#cur, name, k); }
  };`;
  const View = new Function("featureAt", source)(featureAt) as FeatureViewClass;
  featureViewClasses.set(key, View);
  return View;
}

/**
 * Builds the feature view: `features.<name>` reads `columns[j][i]` through a prototype getter of a
 * class shared by every view with the same names; `at(name, k)` reads k bars back.
 */
export function createFeatureView(
  strategyId: string,
  names: readonly string[],
  columns: readonly Float64Array[],
  c: CursorIndex,
): FeatureView<string> {
  const byName = new Map<string, Float64Array>();
  names.forEach((name, j) => {
    const col = columns[j];
    if (col === undefined) throw new RangeError(`feature column ${name} missing`);
    byName.set(name, col);
  });
  const View = featureViewClass(names);
  return new View(strategyId, byName, columns, c) as unknown as FeatureView<string>;
}
