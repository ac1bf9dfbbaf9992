import { LIMIT_ORDER, MARKET_ORDER, type SimState, STOP_ORDER } from "./sim-state.js";

/**
 * The fill model for one bar, in event order. Every price is rounded to the tick; market-type fills
 * (market, stop, gapped stop) lose the instrument's slippage, limit-type fills (limit entries, targets)
 * execute at their price or better. A bar's path between open and close is unknown, so when a stop and
 * a target are both inside its range the adverse one is assumed first unless configured otherwise.
 */

/** Runs the pending market exit, then the pending market entry, at bar i's open. */
export function fillAtOpen(
  st: SimState,
  i: number,
  time: number,
  open: number,
  tradeDate: number,
  session: number,
): void {
  const o = st.round(open);
  const ticks = st.slip / st.tick;
  if (st.exitPending && st.pos.side !== 0) {
    st.close(i, time, st.pos.qty, o - st.pos.side * st.slip, ticks, st.exitReason);
  }
  st.exitPending = false;
  if (st.orderKind === MARKET_ORDER && st.pos.side === 0) {
    st.open(i, time, o + st.orderSide * st.slip, ticks, tradeDate, session);
  }
}

/**
 * A working limit/stop entry on bar i: fills at the open when the open is already through the price
 * (a gap), else at the price when the bar touches it. Returns true when it filled. Expired orders are
 * cancelled.
 */
export function tryWorkingEntry(
  st: SimState,
  i: number,
  time: number,
  open: number,
  high: number,
  low: number,
  tradeDate: number,
  session: number,
): boolean {
  const kind = st.orderKind;
  if (kind !== LIMIT_ORDER && kind !== STOP_ORDER) return false;
  if (i > st.orderExpires) {
    st.cancelOrder();
    return false;
  }
  const dir = st.orderSide;
  const px = st.orderPrice;
  const o = st.round(open);
  if (kind === LIMIT_ORDER) {
    // long limit: buy at px or lower; short limit: sell at px or higher
    if (dir * (o - px) <= 0) st.open(i, time, o, 0, tradeDate, session);
    else if (dir > 0 ? low <= px : high >= px) st.open(i, time, px, 0, tradeDate, session);
    else return false;
    return true;
  }
  const ticks = st.slip / st.tick;
  // long stop entry: buy when price rises to px; short: sell when it falls to px
  if (dir * (o - px) >= 0) st.open(i, time, o + dir * st.slip, ticks, tradeDate, session);
  else if (dir > 0 ? high >= px : low <= px) st.open(i, time, px + dir * st.slip, ticks, tradeDate, session);
  else return false;
  return true;
}

/**
 * Checks the open position's stop and targets on bar i. `atOpen`: the position existed at the open
 * (or was filled at it), so a gap through a level fills at the open. `targets`: whether targets may
 * fill this bar (false on the bar of an intrabar entry under adverse-first: the part of the bar after
 * the fill is unknown, so only the stop is assumed reachable). After target 1 the rest of the position
 * is checked against the same bar again (its stop may have moved to break-even), adverse first unless
 * configured otherwise.
 */
export function processBracket(
  st: SimState,
  i: number,
  time: number,
  open: number,
  high: number,
  low: number,
  adverseFirst: boolean,
  atOpen: boolean,
  targets: boolean,
): void {
  const p = st.pos;
  const dir = p.side;
  const ticks = st.slip / st.tick;
  if (atOpen) {
    const o = st.round(open);
    if (dir * (o - p.stop) <= 0) {
      st.close(i, time, p.qty, o - dir * st.slip, ticks, "stop");
      return;
    }
    if (targets && !p.target1Hit && dir * (o - p.target) >= 0) {
      if (!hitTarget1(st, i, time, o)) return;
    }
    if (targets && p.target1Hit && dir * (o - p.target2) >= 0) {
      st.close(i, time, p.qty, o, 0, "target2");
      return;
    }
  }
  const stop = p.stop;
  const stopHit = dir > 0 ? low <= stop : high >= stop;
  const level = p.target1Hit ? p.target2 : p.target;
  const targetHit = targets && (dir > 0 ? high >= level : low <= level);
  if (stopHit && (adverseFirst || !targetHit)) {
    st.close(i, time, p.qty, stop - dir * st.slip, ticks, "stop");
    return;
  }
  if (!targetHit) return;
  if (!p.target1Hit && !hitTarget1(st, i, time, p.target)) return;
  // the rest after target 1, on the same bar: its stop (moved to break-even with one contract) or target 2
  const rest = p.stop;
  const restStopHit = dir > 0 ? low <= rest : high >= rest;
  const target2Hit = dir > 0 ? high >= p.target2 : low <= p.target2;
  if (restStopHit && (adverseFirst || !target2Hit)) {
    st.close(i, time, p.qty, rest - dir * st.slip, ticks, "stop");
    return;
  }
  if (target2Hit) st.close(i, time, p.qty, p.target2, 0, "target2");
}

/**
 * Target 1 reached at `price`: closes `qtyAtTarget1` contracts (the scale-out), or in single-contract
 * mode (qtyAtTarget1 0) closes nothing and moves the stop to break-even (the entry fill) unless it is
 * already tighter. Returns false when that closed the whole position.
 */
function hitTarget1(st: SimState, i: number, time: number, price: number): boolean {
  const p = st.pos;
  if (st.qtyAtTarget1 >= p.qty) {
    st.close(i, time, p.qty, price, 0, "target");
    return false;
  }
  if (st.qtyAtTarget1 > 0) st.close(i, time, st.qtyAtTarget1, price, 0, "target");
  else if (p.side * (p.entryPrice - p.stop) > 0 || Number.isNaN(p.stop)) p.stop = p.entryPrice;
  p.target1Hit = true;
  return true;
}
