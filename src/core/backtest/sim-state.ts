import { SESSION_NAMES } from "../market-time/sessions.js";
import { PositionState } from "../strategy/position-state.js";
import type { EntrySignal } from "../strategy/signal.js";
import type { CostModel } from "./costs.js";
import type { ExitReason, Trade } from "./trade.js";

export const NO_ORDER = 0;
export const MARKET_ORDER = 1;
export const LIMIT_ORDER = 2;
export const STOP_ORDER = 3;

/**
 * The simulator's book for one strategy × symbol: the strategy-visible PositionState, the working
 * entry order, the open trade's accumulators and the ledger. Plain numeric fields (monomorphic); the
 * only allocations are one Trade object per closed round trip.
 */
export class SimState {
  readonly pos = new PositionState();
  readonly trades: Trade[] = [];
  readonly tick: number;
  readonly pointValue: number;
  readonly slip: number;
  readonly commissionPerSide: number;
  realized = 0;
  // working entry order
  orderKind = NO_ORDER;
  orderSide = 0;
  orderPrice = Number.NaN;
  orderQty = 0;
  /** Last bar index on which the order may fill. */
  orderExpires = -1;
  orderSignal: EntrySignal | undefined = undefined;
  orderParams: Readonly<Record<string, unknown>> | undefined = undefined;
  orderHash = "";
  // pending market exit at the next open
  exitPending = false;
  exitReason: ExitReason = "signal";
  // open trade
  entryQty = 0;
  /** Contracts closed at target 1; 0 in single-contract mode (target 1 moves the stop to break-even). */
  qtyAtTarget1 = 0;
  timeStopBars = Number.NaN;
  gross = 0;
  commission = 0;
  slippage = 0;
  exitValue = 0;
  exits = 0;
  entryTradeDate = 0;
  entrySession = -1;
  risk = Number.NaN;
  tags: readonly string[] = [];

  constructor(
    readonly strategy: string,
    readonly symbol: string,
    tick: number,
    pointValue: number,
    costs: CostModel,
  ) {
    this.tick = tick;
    this.pointValue = pointValue;
    this.slip = costs.slippageTicks * tick;
    this.commissionPerSide = costs.commissionPerSide;
  }

  cancelOrder(): void {
    this.orderKind = NO_ORDER;
    this.orderSignal = undefined;
    this.orderParams = undefined;
    this.pos.hasPendingEntry = false;
  }

  /** Fills the working order at `price` (slippage already applied) on bar i. */
  open(i: number, time: number, price: number, slippedTicks: number, tradeDate: number, session: number): void {
    const s = this.orderSignal as EntrySignal;
    const side = this.orderSide;
    const qty = this.orderQty;
    const p = this.pos;
    p.side = side;
    p.qty = qty;
    p.entryPrice = price;
    p.entryTime = time;
    p.entryIndex = i;
    p.params = this.orderParams;
    p.paramsHash = this.orderHash;
    p.tradesThisSession++;
    p.tradesThisTradeDate++;
    const rel = (abs: number | undefined, ticks: number | undefined, dir: number): number =>
      abs !== undefined
        ? this.round(abs)
        : ticks !== undefined
          ? this.round(price + dir * ticks * this.tick)
          : Number.NaN;
    p.stop = rel(s.stop, s.stopTicks, -side);
    p.target = rel(s.target, s.targetTicks, side);
    p.target2 = rel(s.target2, s.target2Ticks, side);
    this.entryQty = qty;
    p.target1Hit = false;
    if (Number.isNaN(p.target2) || Number.isNaN(p.target)) {
      this.qtyAtTarget1 = qty;
      p.target2 = Number.NaN;
    } else if (qty < 2) {
      this.qtyAtTarget1 = 0;
    } else {
      this.qtyAtTarget1 = Math.min(qty - 1, Math.max(1, Math.round(qty * s.scaleOut)));
    }
    this.timeStopBars = s.timeStopBars ?? Number.NaN;
    this.gross = 0;
    this.commission = qty * this.commissionPerSide;
    this.slippage = slippedTicks * this.tick * qty * this.pointValue;
    this.exitValue = 0;
    this.exits = 0;
    this.entryTradeDate = tradeDate;
    this.entrySession = session;
    this.risk = Number.isNaN(p.stop) ? Number.NaN : Math.abs(price - p.stop) * qty * this.pointValue;
    this.tags = s.tags;
    this.cancelOrder();
  }

  /** Closes `qty` contracts at `price` (slippage applied) on bar i; finishes the trade when none remain. */
  close(i: number, time: number, qty: number, price: number, slippedTicks: number, reason: ExitReason): void {
    const p = this.pos;
    this.gross += p.side * (price - p.entryPrice) * qty * this.pointValue;
    this.commission += qty * this.commissionPerSide;
    this.slippage += slippedTicks * this.tick * qty * this.pointValue;
    this.exitValue += price * qty;
    this.exits++;
    p.qty -= qty;
    if (p.qty > 0) return;
    const pnl = this.gross - this.commission;
    this.realized += pnl;
    this.trades.push(
      Object.freeze({
        strategy: this.strategy,
        symbol: this.symbol,
        side: p.side > 0 ? "long" : "short",
        qty: this.entryQty,
        entryIndex: p.entryIndex,
        entryTime: p.entryTime,
        entryPrice: p.entryPrice,
        exitIndex: i,
        exitTime: time,
        exitPrice: this.exitValue / this.entryQty,
        exitReason: reason,
        exits: this.exits,
        grossPnl: this.gross,
        commission: this.commission,
        slippage: this.slippage,
        pnl,
        costs: this.commission + this.slippage,
        tradeDate: this.entryTradeDate,
        session: SESSION_NAMES[this.entrySession] ?? null,
        barsHeld: i - p.entryIndex,
        risk: this.risk,
        parametersHash: p.paramsHash,
        tags: this.tags,
      }),
    );
    this.exitPending = false;
    p.closeAt(i);
  }

  /** Equity marked to `price`: start + closed P&L + the open trade's P&L so far (commissions included). */
  equity(start: number, price: number): number {
    const p = this.pos;
    if (p.side === 0) return start + this.realized;
    return (
      start + this.realized + this.gross - this.commission + p.side * (price - p.entryPrice) * p.qty * this.pointValue
    );
  }

  round(price: number): number {
    const q = price / this.tick;
    return Math.sign(q) * Math.floor(Math.abs(q) + 0.5 + 1e-9) * this.tick;
  }
}
