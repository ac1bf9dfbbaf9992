import { describe, expect, it } from "vitest";
import { actions, quiet, type Row, scenario } from "./__tests__/scenario.js";

// Bars from 08:00 ET on Tue 2026-04-14: bar i opens at 08:00 + i minutes.
const BREAKOUT: Row = [5000.25, 5003.5, 5000, 5003.25];
const RETEST: Row = [5003, 5003.25, 5000.75, 5002];
const BACK: Row = [5001, 5001, 4999.75, 5000];
const FIRST = 327; // 13:27 ET, LunchChop: the default schedule gives S3 no entries on ES there
const SECOND = FIRST + 9; // 13:36 ET, AfternoonTrend

/** Squeeze on every bar but the two breakout/retest pairs. */
const wide = (i: number) => i === FIRST || i === FIRST + 1 || i === SECOND || i === SECOND + 1;
const FEATURES = { sd: (i: number) => (wide(i) ? 3 : 1), widthRank: (i: number) => (wide(i) ? 0.9 : 0.5) };

describe("entries the engine drops", () => {
  it("return their attempt, segment mark and cooldown, so a later allowed breakout still trades", () => {
    const rows: Row[] = [...quiet(FIRST), BREAKOUT, RETEST, BACK, ...quiet(6), BREAKOUT, RETEST, ...quiet(5)];
    const s = scenario(rows, FEATURES);
    // without the schedule the first retest fills, and that position is still open at the second one
    expect(actions(s.run().signals).map(([i]) => i)).toEqual([FIRST + 1]);
    // with the default schedule the first signal is dropped (LunchChop) and its 15-minute cooldown
    // returned: the second breakout, 9 minutes later in AfternoonTrend, trades (kept, it would be refused)
    const { signals, result } = s.run(undefined, { schedule: undefined });
    expect(actions(signals).map(([i]) => i)).toEqual([FIRST + 1, SECOND + 1]);
    expect(result.trades.map((t) => t.entryIndex)).toEqual([SECOND + 2]);
  });
});
