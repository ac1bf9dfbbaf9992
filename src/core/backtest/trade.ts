import type { SessionName } from "../market-time/sessions.js";

/** Why a position (or its last part) was closed. */
export type ExitReason =
  | "stop"
  | "target"
  | "target2"
  | "signal"
  | "time"
  | "session-end"
  | "trade-date-end"
  | "end-of-data";

/** One round trip (entry to the last contract closed) in the ledger. Prices are fills (after slippage). */
export interface Trade {
  readonly strategy: string;
  readonly symbol: string;
  readonly side: "long" | "short";
  /** Contracts entered. */
  readonly qty: number;
  readonly entryIndex: number;
  readonly entryTime: number;
  readonly entryPrice: number;
  readonly exitIndex: number;
  readonly exitTime: number;
  /** Quantity-weighted average exit price (a scale-out has two exit fills). */
  readonly exitPrice: number;
  readonly exitReason: ExitReason;
  /** Exit fills (1, or 2 after a scale-out). */
  readonly exits: number;
  /** P&L at the fill prices, before commission (slippage is already in the prices). */
  readonly grossPnl: number;
  readonly commission: number;
  /** Dollars lost to slippage (informational: already inside grossPnl). */
  readonly slippage: number;
  /** Net P&L in dollars: grossPnl − commission. */
  readonly pnl: number;
  /** Commission + slippage in dollars. */
  readonly costs: number;
  /** Trade date (yyyymmdd) and intraday session of the entry fill. */
  readonly tradeDate: number;
  readonly session: SessionName | null;
  readonly barsHeld: number;
  /** Initial risk in dollars (|entry − stop| × qty × point value); NaN without a stop. */
  readonly risk: number;
  readonly parametersHash: string;
  readonly tags: readonly string[];
}
