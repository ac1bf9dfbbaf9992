import type { Root } from "sessionkit";

/**
 * Order-book imbalance at a bar: (Σ bid sizes − Σ ask sizes) / (Σ bid + Σ ask) over the top levels, in
 * [−1, 1], or NaN when unknown. Answers causally (the book as it stood at the bar's close).
 */
export interface DepthImbalance {
  imbalanceAt(root: Root, time: number): number;
}

/** A news calendar: true while entries should be blocked around a release (ET instant, epoch ms). */
export interface NewsGate {
  isBlocked(time: number): boolean;
}

/**
 * The direction-aware order-book check (D11-5 fixed): a long needs bids heavier by at least
 * `minImbalance`, a short asks heavier by as much. With no depth source, or no reading at the bar, it
 * passes when `whenNoDepth` is "pass" (the default) and blocks when "block".
 */
export function depthAllows(
  side: number,
  imbalance: number,
  minImbalance: number,
  whenNoDepth: "pass" | "block",
): boolean {
  if (Number.isNaN(imbalance)) return whenNoDepth === "pass";
  return side * imbalance >= minImbalance;
}
