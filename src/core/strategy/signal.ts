/**
 * What `decide` returns each bar. Hold is a shared frozen constant, so the common case allocates
 * nothing; entries, exits and modifications are small frozen objects built by the `Signal` factories.
 */
export type EntryType = "market" | "limit" | "stop";
export type EntrySide = "long" | "short";

/** Fields a strategy may give when it asks for an entry. Prices are absolute; `*Ticks` are relative to the fill. */
export interface EntryInit {
  /** market (default): fills at the next bar's open. limit/stop: fills when touched within `validityBars`. */
  readonly entryType?: EntryType;
  /** The limit or stop trigger price; required for limit and stop entries. */
  readonly entryPrice?: number;
  /** Protective stop as a price. */
  readonly stop?: number;
  /** Protective stop as a distance in ticks from the fill price (used when `stop` is absent). */
  readonly stopTicks?: number;
  /** First (or only) profit target as a price. */
  readonly target?: number;
  /** First target as a distance in ticks from the fill price (used when `target` is absent). */
  readonly targetTicks?: number;
  /**
   * Second target as a price. With 2+ contracts the position scales out: `scaleOut` of them close at
   * `target`, the rest here. With a single contract (single-contract mode) reaching `target` closes
   * nothing: the stop moves to break-even (the entry fill, unless the stop is already tighter) and the
   * target becomes `target2`, so both targets are used at any size.
   */
  readonly target2?: number;
  readonly target2Ticks?: number;
  /** Fraction of the quantity closed at the first target when a second target is set (default 0.5). */
  readonly scaleOut?: number;
  /**
   * Time stop: the position is held exactly this many bars. Filled on bar e (at its open, or inside it
   * for a limit/stop entry), it is closed at the open of bar e + timeStopBars, as a market exit with
   * slippage, unless a stop, target, exit or flatten closes it first (`barsHeld` is then this value).
   * Bars are the series' 1-minute bars, so this is minutes where none is missing; when bar
   * e + timeStopBars opens in closed market time the exit fills at the reopen.
   */
  readonly timeStopBars?: number;
  /** Bars a limit/stop entry stays working after the decision bar (default 1). */
  readonly validityBars?: number;
  /** Base quantity in contracts before the sizing hook (default: the engine's fixed quantity). */
  readonly qty?: number;
  readonly tag?: string;
  readonly tags?: readonly string[];
}

export interface EntrySignal {
  readonly kind: EntrySide;
  readonly entryType: EntryType;
  readonly entryPrice: number | undefined;
  readonly stop: number | undefined;
  readonly stopTicks: number | undefined;
  readonly target: number | undefined;
  readonly targetTicks: number | undefined;
  readonly target2: number | undefined;
  readonly target2Ticks: number | undefined;
  readonly scaleOut: number;
  readonly timeStopBars: number | undefined;
  readonly validityBars: number;
  readonly qty: number | undefined;
  readonly tags: readonly string[];
}

export interface HoldSignal {
  readonly kind: "hold";
}

/** Close the whole position at the next bar's open; when flat, cancels a working entry order. */
export interface ExitSignal {
  readonly kind: "exit";
  readonly tags: readonly string[];
}

/** Changes the working bracket of the open position (e.g. a trailing stop); absent fields stay. */
export interface ModifyInit {
  readonly stop?: number;
  readonly target?: number;
  readonly target2?: number;
  /** Replaces the time stop; still counted from the entry's fill bar (see EntryInit.timeStopBars). */
  readonly timeStopBars?: number;
  readonly tag?: string;
  readonly tags?: readonly string[];
}

export interface ModifySignal {
  readonly kind: "modify";
  readonly stop: number | undefined;
  readonly target: number | undefined;
  readonly target2: number | undefined;
  readonly timeStopBars: number | undefined;
  readonly tags: readonly string[];
}

export type Signal = HoldSignal | EntrySignal | ExitSignal | ModifySignal;
export type SignalKind = Signal["kind"];

const NO_TAGS: readonly string[] = Object.freeze([]);
const HOLD: HoldSignal = Object.freeze({ kind: "hold" });

function tagsOf(init: { tag?: string; tags?: readonly string[] }): readonly string[] {
  if (init.tag === undefined && init.tags === undefined) return NO_TAGS;
  const out = init.tags === undefined ? [] : [...init.tags];
  if (init.tag !== undefined) out.unshift(init.tag);
  return Object.freeze(out);
}

function entry(kind: EntrySide, init: EntryInit): EntrySignal {
  return Object.freeze({
    kind,
    entryType: init.entryType ?? "market",
    entryPrice: init.entryPrice,
    stop: init.stop,
    stopTicks: init.stopTicks,
    target: init.target,
    targetTicks: init.targetTicks,
    target2: init.target2,
    target2Ticks: init.target2Ticks,
    scaleOut: init.scaleOut ?? 0.5,
    timeStopBars: init.timeStopBars,
    validityBars: init.validityBars ?? 1,
    qty: init.qty,
    tags: tagsOf(init),
  });
}

/** Signal factories. `Signal.hold()` returns one shared constant. */
export const Signal = Object.freeze({
  hold: (): HoldSignal => HOLD,
  long: (init: EntryInit = {}): EntrySignal => entry("long", init),
  short: (init: EntryInit = {}): EntrySignal => entry("short", init),
  exit: (init: { tag?: string; tags?: readonly string[] } = {}): ExitSignal =>
    Object.freeze({ kind: "exit", tags: tagsOf(init) }),
  modify: (init: ModifyInit): ModifySignal =>
    Object.freeze({
      kind: "modify",
      stop: init.stop,
      target: init.target,
      target2: init.target2,
      timeStopBars: init.timeStopBars,
      tags: tagsOf(init),
    }),
});

export function isEntry(s: Signal): s is EntrySignal {
  return s.kind === "long" || s.kind === "short";
}
