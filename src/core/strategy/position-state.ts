import type { PositionView } from "./context.js";

/**
 * The engine's mutable record of one strategy's position in one symbol. The engine (or the live
 * broker adapter) writes it; strategies see it through the read-only `PositionView` the cursor hands
 * out, which reads these fields on access.
 */
export class PositionState {
  side = 0;
  qty = 0;
  entryPrice = Number.NaN;
  entryTime = Number.NaN;
  entryIndex = -1;
  stop = Number.NaN;
  target = Number.NaN;
  target2 = Number.NaN;
  /** Target 1 of a two-target bracket was reached (see PositionView.target1Hit). */
  target1Hit = false;
  params: Readonly<Record<string, unknown>> | undefined = undefined;
  paramsHash = "";
  hasPendingEntry = false;
  /** Index of the bar of the last exit fill; -1 when none. */
  lastExitIndex = -1;
  tradesThisSession = 0;
  tradesThisTradeDate = 0;
  /** Trade date / session the two counters belong to (reset by the engine when they change). */
  countersTradeDate = 0;
  countersSession = -2;

  /** Clears the open-position fields after the last contract is closed at bar `index`. */
  closeAt(index: number): void {
    this.side = 0;
    this.qty = 0;
    this.entryPrice = Number.NaN;
    this.entryTime = Number.NaN;
    this.entryIndex = -1;
    this.stop = Number.NaN;
    this.target = Number.NaN;
    this.target2 = Number.NaN;
    this.target1Hit = false;
    this.params = undefined;
    this.paramsHash = "";
    this.lastExitIndex = index;
  }

  /** Rolls the per-session and per-trade-date entry counters to the bar's labels. */
  rollCounters(tradeDate: number, session: number): void {
    if (tradeDate !== this.countersTradeDate) {
      this.countersTradeDate = tradeDate;
      this.tradesThisTradeDate = 0;
      this.countersSession = session;
      this.tradesThisSession = 0;
    } else if (session !== this.countersSession) {
      this.countersSession = session;
      this.tradesThisSession = 0;
    }
  }
}

/** A read-only view of a PositionState at the cursor's current bar. */
export class PositionReader implements PositionView {
  readonly #s: PositionState;
  readonly #cursor: { readonly i: number };

  constructor(state: PositionState, cursor: { readonly i: number }) {
    this.#s = state;
    this.#cursor = cursor;
  }
  get isFlat(): boolean {
    return this.#s.side === 0;
  }
  get side(): number {
    return this.#s.side;
  }
  get qty(): number {
    return this.#s.qty;
  }
  get entryPrice(): number {
    return this.#s.entryPrice;
  }
  get entryTime(): number {
    return this.#s.entryTime;
  }
  get barsInTrade(): number {
    return this.#s.side === 0 ? 0 : this.#cursor.i - this.#s.entryIndex;
  }
  get stop(): number {
    return this.#s.stop;
  }
  get target(): number {
    return this.#s.target;
  }
  get target2(): number {
    return this.#s.target2;
  }
  get target1Hit(): boolean {
    return this.#s.target1Hit;
  }
  get params(): Readonly<Record<string, unknown>> | undefined {
    return this.#s.params;
  }
  get paramsHash(): string {
    return this.#s.paramsHash;
  }
  get hasPendingEntry(): boolean {
    return this.#s.hasPendingEntry;
  }
  get barsSinceExit(): number {
    return this.#s.lastExitIndex < 0 ? Number.POSITIVE_INFINITY : this.#cursor.i - this.#s.lastExitIndex;
  }
  get tradesThisSession(): number {
    return this.#s.tradesThisSession;
  }
  get tradesThisTradeDate(): number {
    return this.#s.tradesThisTradeDate;
  }
}
