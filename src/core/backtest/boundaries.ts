import { NO_ORDER, type SimState } from "./sim-state.js";

/** Flattens (at the bar's close, with slippage) and cancels working entries at a session / trade-date end. */
export function cutAtBoundary(st: SimState, i: number, t: number, close: number, tradeDateEnd: boolean): void {
  if (st.pos.side !== 0) {
    const reason = tradeDateEnd ? "trade-date-end" : "session-end";
    st.close(i, t, st.pos.qty, st.round(close) - st.pos.side * st.slip, st.slip / st.tick, reason);
  }
  st.exitPending = false;
  if (st.orderKind !== NO_ORDER) st.cancelOrder();
}

/** The trade dates whose bars include the first decision or come after it. */
export function tradeDatesFrom(dateStarts: readonly number[], from: number): Int32Array {
  if (from < 0) return new Int32Array(0);
  const out: number[] = [];
  for (let k = 0; k < dateStarts.length; k += 2) {
    const nextStart = k + 2 < dateStarts.length ? (dateStarts[k + 2] as number) : Number.POSITIVE_INFINITY;
    const d = dateStarts[k + 1] as number;
    if (nextStart > from && (out.length === 0 || (out[out.length - 1] as number) < d)) out.push(d);
  }
  return Int32Array.from(out);
}
