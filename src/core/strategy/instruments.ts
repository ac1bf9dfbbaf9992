import type { Root } from "../data/bars.js";

/** Contract specification of one root (SPEC instrument table). */
export interface InstrumentSpec {
  readonly root: Root;
  /** Minimum price increment, in index points. */
  readonly tick: number;
  /** Dollars per index point per contract. */
  readonly pointValue: number;
  /** Dollars per tick per contract (tick × pointValue). */
  readonly tickValue: number;
  /** ES/MES use the ES columns of the schedule, NQ/MNQ the NQ columns (micros use the full-size columns). */
  readonly family: "ES" | "NQ";
}

const spec = (root: Root, pointValue: number, family: "ES" | "NQ"): InstrumentSpec =>
  Object.freeze({ root, tick: 0.25, pointValue, tickValue: 0.25 * pointValue, family });

/** The four supported roots. The reference priced micros at $1/point; the real values are $5 and $2. */
export const INSTRUMENTS: Readonly<Record<Root, InstrumentSpec>> = Object.freeze({
  ES: spec("ES", 50, "ES"),
  NQ: spec("NQ", 20, "NQ"),
  MES: spec("MES", 5, "ES"),
  MNQ: spec("MNQ", 2, "NQ"),
});

export function instrumentOf(root: Root): InstrumentSpec {
  return INSTRUMENTS[root];
}

/**
 * Rounds a price to the nearest tick, half away from zero as the reference did. The tiny epsilon keeps
 * values like 4999.875 (exactly half a tick) from rounding the wrong way after floating-point noise.
 */
export function roundToTick(price: number, tick: number): number {
  const q = price / tick;
  const r = Math.sign(q) * Math.floor(Math.abs(q) + 0.5 + 1e-9);
  return r * tick;
}
