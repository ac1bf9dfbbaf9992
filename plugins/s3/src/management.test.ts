import { describe, expect, it } from "vitest";
import { quiet, type Row, scenario } from "./__tests__/scenario.js";

// The scenario of strategy.test.ts: 140 quiet squeeze bars, a breakout, its retest, the limit fill.
const B = 140;
const BREAKOUT: Row = [5000.25, 5003.5, 5000, 5003.25];
const RETEST: Row = [5003, 5003.25, 5000.75, 5002];
const EXPANDED = {
  sd: (i: number) => (i >= B ? 3 : 1),
  widthRank: (i: number) => (i >= B ? 0.9 : 0.5),
};

describe("S3 trade management on hand-made bars", () => {
  const fill: Row[] = [...quiet(B), BREAKOUT, RETEST, [5002, 5003, 5001.5, 5002.5]];

  it("scales out at T1, then locks T1 − givebackAfterT1R·R and trails, and the rest stops out there", () => {
    const rows: Row[] = [
      ...fill,
      [5003, 5008, 5002.75, 5007.5],
      [5007.5, 5007.75, 5006.5, 5006.75],
      [5006.75, 5007, 5006, 5006.5],
    ];
    const { signals, result } = scenario(rows, EXPANDED).run(
      {},
      { sizing: { mode: "fixed", qty: 2 }, costs: { commissionPerSide: 0, slippageTicks: 0 } },
    );
    // T1 5007.75 filled on bar B+3; lock = 5007.75 − 0.2 × 4.75 = 5006.8 → 5006.75 (to the tick, toward the stop)
    expect(signals[B + 3]).toMatchObject({ kind: "modify", stop: 5006.75 });
    expect(result.trades).toHaveLength(1);
    expect(result.trades[0]).toMatchObject({ qty: 2, exits: 2, exitReason: "stop", entryPrice: 5002 });
  });

  it("exits at once when price is already back through the giveback level after T1", () => {
    const rows: Row[] = [
      ...fill,
      [5003, 5008, 5002.75, 5006],
      [5006, 5006.5, 5005, 5005.5],
      [5005.5, 5006, 5005, 5005.5],
    ];
    const { signals, result } = scenario(rows, EXPANDED).run(
      {},
      { sizing: { mode: "fixed", qty: 2 }, costs: { commissionPerSide: 0, slippageTicks: 0 } },
    );
    expect(signals[B + 3]).toMatchObject({ kind: "exit", tags: ["S3-giveback"] });
    // one contract at T1 5007.75, the other at the next open 5006: average exit 5006.875
    expect(result.trades[0]).toMatchObject({ exits: 2, exitReason: "signal", exitPrice: 5006.875 });
  });
});
