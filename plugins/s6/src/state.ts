import { emptyInputs, type S6Inputs } from "./classify.js";

/**
 * S6's own state per run and symbol, keyed by trade date and by the open position's entry time (never
 * by list indices), updated exactly once per decided bar.
 */
export interface S6State {
  /** Reusable per-bar inputs (no allocation per bar). */
  readonly inputs: S6Inputs;
  /** Trade date the gap fields belong to. */
  tradeDate: number;
  /** Last close before the ON window end (09:28) of the trade date. */
  preOpenClose: number;
  /** Sign of (RTH open − preOpenClose), set at the first RTH bar of the trade date; 0 when unknown. */
  gapDir: number;
  gapSet: boolean;
  /** Entry time of the position the management fields belong to (NaN when none seen). */
  posEntryTime: number;
  /** |entry − initial stop| of that position, the unit of R. */
  initialRisk: number;
  /** The once-per-position adjustment at the window end has run. */
  windowEndDone: boolean;
}

export function createS6State(): S6State {
  return {
    inputs: emptyInputs(),
    tradeDate: 0,
    preOpenClose: Number.NaN,
    gapDir: 0,
    gapSet: false,
    posEntryTime: Number.NaN,
    initialRisk: Number.NaN,
    windowEndDone: false,
  };
}

/** Minutes since the 18:00 ET trade-date open, so windows that wrap midnight compare linearly. */
export function minuteOfSession(etMinute: number): number {
  return (etMinute - 1080 + 1440) % 1440;
}

/**
 * Tracks the gap of each trade date over the whole overnight (reset per trade date, D6-3): the last
 * close before `onWindowEnd`, then at the first RTH bar at or after `rthOpen`, the sign of its open
 * minus that close.
 */
export function updateGap(
  s: S6State,
  tradeDate: number,
  session: number,
  etMinute: number,
  open: number,
  close: number,
  onWindowEnd: number,
  rthOpen: number,
): void {
  if (tradeDate !== s.tradeDate) {
    s.tradeDate = tradeDate;
    s.preOpenClose = Number.NaN;
    s.gapDir = 0;
    s.gapSet = false;
  }
  if (session === 0 && minuteOfSession(etMinute) < minuteOfSession(onWindowEnd)) s.preOpenClose = close;
  if (!s.gapSet && session === 1 && etMinute >= rthOpen) {
    s.gapSet = true;
    const gap = open - s.preOpenClose;
    s.gapDir = gap > 0 ? 1 : gap < 0 ? -1 : 0;
  }
}
