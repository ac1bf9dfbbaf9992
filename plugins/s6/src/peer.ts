import type { Bars, Root } from "sessionkit";

/**
 * The peer instrument of S6's divergence leg: ES ↔ NQ, MES ↔ MNQ (a micro and its full-size contract
 * share prices, so either serves). `returnAt(root, time)` is the one-bar return (close / previous
 * close − 1) of `root`'s peer for the bar that opened at `time` (epoch ms), or NaN when the peer has
 * no such bar or no bar one minute before it. It must answer causally: the peer bar with the same
 * open time closes at the same instant as the decision bar, never later.
 */
export interface PeerReturns {
  returnAt(root: Root, time: number): number;
}

/** No peer data: the divergence leg is skipped (SPEC §5). */
export const NO_PEER: PeerReturns = Object.freeze({ returnAt: () => Number.NaN });

/** Peers in order of preference. */
export const PEERS: Readonly<Record<Root, readonly Root[]>> = Object.freeze({
  ES: ["NQ", "MNQ"],
  MES: ["MNQ", "NQ"],
  NQ: ["ES", "MES"],
  MNQ: ["MES", "ES"],
});

/** The one-bar return of the bar opening at `t` (binary search on the time column; allocation-free). */
export function oneBarReturn(bars: Bars, t: number): number {
  const { time, close } = bars;
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((time[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0 || lo >= bars.length || time[lo] !== t || time[lo - 1] !== t - 60_000) return Number.NaN;
  const prev = close[lo - 1] as number;
  return prev > 0 ? (close[lo] as number) / prev - 1 : Number.NaN;
}

/** Peer returns over the bars of the instruments at hand, e.g. `{ NQ: nqBars }` for S6 on ES. */
export function peerReturnsFromBars(byRoot: Partial<Record<Root, Bars>>): PeerReturns {
  return {
    returnAt(root: Root, t: number): number {
      for (const peer of PEERS[root]) {
        const bars = byRoot[peer];
        if (bars !== undefined) return oneBarReturn(bars, t);
      }
      return Number.NaN;
    },
  };
}

/** Divergence in basis points, own return minus the peer's (the reference's ES +bp / NQ −bp). */
export function divergenceBp(ownReturn: number, peerReturn: number): number {
  return Math.round((ownReturn - peerReturn) * 10_000);
}
