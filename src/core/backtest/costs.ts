import type { Root } from "../data/bars.js";

/** Trading costs of one instrument. */
export interface CostModel {
  /** Commission and exchange fees in dollars per contract per side. */
  readonly commissionPerSide: number;
  /**
   * Ticks lost on every fill that executes as a market order: market entries, stop entries, stop
   * exits (including gapped stops), exit signals, time stops, flattening. Limit fills (limit entries
   * and targets) get no slippage: they execute at their price or better.
   */
  readonly slippageTicks: number;
}

/**
 * Default costs: typical retail all-in round-turn rates for CME equity-index futures (commission +
 * exchange + NFA fees ≈ $2.25/side for E-minis, $0.62/side for micros) and one tick of slippage
 * per market-type fill. They are deliberately not zero: a strategy must pay for its trades.
 */
export const DEFAULT_COSTS: Readonly<Record<Root, CostModel>> = Object.freeze({
  ES: Object.freeze({ commissionPerSide: 2.25, slippageTicks: 1 }),
  NQ: Object.freeze({ commissionPerSide: 2.25, slippageTicks: 1 }),
  MES: Object.freeze({ commissionPerSide: 0.62, slippageTicks: 1 }),
  MNQ: Object.freeze({ commissionPerSide: 0.62, slippageTicks: 1 }),
});

export const NO_COSTS: CostModel = Object.freeze({ commissionPerSide: 0, slippageTicks: 0 });
