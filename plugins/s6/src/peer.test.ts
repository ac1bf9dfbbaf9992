import type { Bars } from "sessionkit";
import { describe, expect, it } from "vitest";
import { divergenceBp, NO_PEER, oneBarReturn, peerReturnsFromBars } from "./peer.js";

const T = Date.parse("2026-03-16T13:30:00Z");
function bars(symbol: Bars["symbol"], times: number[], closes: number[]): Bars {
  const f = (xs: number[]) => Float64Array.from(xs);
  return {
    symbol,
    contract: undefined,
    length: times.length,
    time: f(times),
    open: f(closes),
    high: f(closes),
    low: f(closes),
    close: f(closes),
    volume: f(closes.map(() => 1)),
  };
}

describe("S6 peer divergence", () => {
  const nq = bars("NQ", [T, T + 60_000, T + 180_000, T + 240_000], [20000, 20010, 20020, 19990]);

  it("reads the peer's one-bar return at the same bar open time, NaN across a gap or without a bar", () => {
    expect(oneBarReturn(nq, T + 60_000)).toBeCloseTo(0.0005, 12);
    expect(oneBarReturn(nq, T + 240_000)).toBeCloseTo(19990 / 20020 - 1, 12);
    expect(oneBarReturn(nq, T)).toBeNaN(); // no previous bar
    expect(oneBarReturn(nq, T + 180_000)).toBeNaN(); // previous bar 2 minutes earlier
    expect(oneBarReturn(nq, T + 120_000)).toBeNaN(); // no bar
  });

  it("maps ES ↔ NQ and MES ↔ MNQ, falling back to the other size of the peer index", () => {
    const peers = peerReturnsFromBars({ NQ: nq });
    expect(peers.returnAt("ES", T + 60_000)).toBeCloseTo(0.0005, 12);
    expect(peers.returnAt("MES", T + 60_000)).toBeCloseTo(0.0005, 12);
    expect(peers.returnAt("NQ", T + 60_000)).toBeNaN();
    expect(NO_PEER.returnAt("ES", T)).toBeNaN();
  });

  it("is own minus peer return in basis points, NaN without a peer", () => {
    expect(divergenceBp(0.002, 0.0005)).toBe(15);
    expect(divergenceBp(0.0005, 0.002)).toBe(-15);
    expect(divergenceBp(0.001, Number.NaN)).toBeNaN();
  });
});
