import { resolveParamSet } from "sessionkit";
import { describe, expect, it } from "vitest";
import { actions, quiet, type Row, scenario } from "./__tests__/scenario.js";
import { paramSchemaEntry } from "./index.js";

// 140 quiet squeeze bars (box 4999.5–5000.5) from 08:00 ET, so bar 140 is 10:20 ET (RTH, MorningTrend).
const B = 140;
const BREAKOUT: Row = [5000.25, 5003.5, 5000, 5003.25];
const RETEST: Row = [5003, 5003.25, 5000.75, 5002];
const AFTER: Row[] = [
  [5002, 5003, 5001.5, 5002.5],
  [5002.5, 5003.5, 5002, 5003],
  [5003, 5003.5, 5002.5, 5003],
];
/** The last squeeze bar closes at the box top, above the segment VWAP (market entries check the last 2 closes). */
const PRE: Row = [5000, 5000.5, 4999.75, 5000.5];
const SETUP: Row[] = [...quiet(B - 1), PRE];
/** After the breakout the bands widen: no squeeze, high width rank. */
const EXPANDED = {
  sd: (i: number) => (i >= B ? 3 : 1),
  widthRank: (i: number) => (i >= B ? 0.9 : 0.5),
};

/** Mirror of a row around 5000 (a breakdown instead of a breakout). */
const mirror = (r: Row): Row => [10000 - r[0], 10000 - r[2], 10000 - r[1], 10000 - r[3]];

describe("S3 entries on hand-made bars", () => {
  it("waits for the retest: nothing on the breakout bar, a limit at the retest close on the retest bar", () => {
    const { signals, result } = scenario([...quiet(B), BREAKOUT, RETEST, ...AFTER], EXPANDED).run();
    expect(signals[B]?.kind).toBe("hold");
    expect(actions(signals)).toEqual([
      [
        B + 1,
        expect.objectContaining({
          kind: "long",
          entryType: "limit",
          entryPrice: 5002,
          // box low 4999.5 − 1.1 × ATR 2 = 4997.3 (farther than the 5-bar swing low 4999.5), to the tick
          stop: 4997.25,
          // R = 4.75: T1 = max(1.2R, half the expansion move 2.5) → 5007.75; T2 = max(2.2R, 2.5) → 5012.5
          target: 5007.75,
          target2: 5012.5,
          scaleOut: 0.5,
          validityBars: 3,
          timeStopBars: 45,
          tags: ["S3", "retest", "box"],
        }),
      ],
    ]);
    expect(result.trades).toHaveLength(1);
    expect(result.trades[0]).toMatchObject({ side: "long", entryIndex: B + 2, entryPrice: 5002 });
  });

  it("builds the box from the bars before the breakout bar (the reference's box could never break)", () => {
    // the breakout bar's high is 5003.5; a box through it would need a close above 5003.8
    const { signals } = scenario([...SETUP, BREAKOUT, RETEST, ...AFTER], EXPANDED).run({ entryMode: "market" });
    expect(signals[B]).toMatchObject({
      kind: "long",
      entryType: "market",
      stop: 4997.25,
      tags: ["S3", "market", "box"],
    });
  });

  it("lets the retest expire after retestBars bars", () => {
    const away: Row[] = Array.from({ length: 5 }, () => [5003.5, 5004, 5003, 5003.5] as const);
    const late: Row = [5003, 5003.25, 5000.75, 5002];
    const { signals } = scenario([...quiet(B), BREAKOUT, ...away, late, ...AFTER], EXPANDED).run();
    expect(actions(signals)).toEqual([]);
    // with one more bar of patience the same retest is taken
    const patient = scenario([...quiet(B), BREAKOUT, ...away, late, ...AFTER], EXPANDED).run({ retestBars: 6 });
    expect(actions(patient.signals).map(([i]) => i)).toEqual([B + 6]);
  });

  it("drops a breakout whose next close is back inside the box", () => {
    const back: Row = [5002, 5002.25, 4999.75, 5000];
    const { signals } = scenario([...quiet(B), BREAKOUT, back, RETEST, ...AFTER], EXPANDED).run();
    expect(actions(signals)).toEqual([]);
  });

  it("mirrors the rules for a breakdown (short, lower-wick quality)", () => {
    const rows = [...quiet(B), BREAKOUT, RETEST, ...AFTER].map(mirror);
    const { signals } = scenario(rows, EXPANDED).run();
    expect(actions(signals)).toEqual([
      [
        B + 1,
        expect.objectContaining({
          kind: "short",
          entryType: "limit",
          entryPrice: 4998,
          stop: 5002.75,
          target: 4992.25,
          target2: 4987.5,
        }),
      ],
    ]);
  });

  it("ties bar quality to the side: a long breakout bar with a long upper wick is refused", () => {
    const wicky: Row = [5000.25, 5006, 5000, 5003.25];
    expect(actions(scenario([...quiet(B), wicky, RETEST, ...AFTER], EXPANDED).run().signals)).toEqual([]);
    // a bearish bar can still break down if its lower wick (not its body) is small
    const bearish: Row = [4999.75, 4999.75, 4996.5, 4996.75];
    const down = scenario([...quiet(B), bearish, [4997, 4999.25, 4996.5, 4998], ...AFTER.map(mirror)], EXPANDED).run();
    expect(actions(down.signals).map(([i, s]) => [i, s.kind])).toEqual([[B + 1, "short"]]);
  });

  it("widens the buffer by contraBufferMult against the 5-minute bias", () => {
    const small: Row = [5000.25, 5001.5, 5000, 5001.25];
    const rows = [...SETUP, small, ...AFTER];
    const atr4 = { ...EXPANDED, atr: () => 4 };
    // buffer 0.15 × 4 = 0.6: 5001.25 > 5000.5 + 0.6
    expect(scenario(rows, atr4).run({ entryMode: "market" }).signals[B]?.kind).toBe("long");
    // falling bias (−0.4 ticks/minute): buffer 0.9, 5001.25 < 5001.4
    const falling = { ...atr4, bias: (i: number) => 5000 - i * 0.1 };
    expect(scenario(rows, falling).run({ entryMode: "market" }).signals[B]?.kind).toBe("hold");
  });

  it("needs the squeeze before the breakout bar, not at it", () => {
    const rows = [...quiet(B), BREAKOUT, RETEST, ...AFTER];
    // squeeze only up to bar B − 4: the run before the breakout is broken
    const broken = {
      ...EXPANDED,
      sd: (i: number) => (i >= B - 3 ? 3 : 1),
      widthRank: (i: number) => (i >= B - 3 ? 0.9 : 0.5),
    };
    expect(actions(scenario(rows, broken).run().signals)).toEqual([]);
    // compressed by width rank alone (no TTM squeeze) is enough
    const byRank = { ...EXPANDED, sd: () => 3, widthRank: (i: number) => (i >= B ? 0.9 : 0.1) };
    expect(actions(scenario(rows, byRank).run().signals).map(([i]) => i)).toEqual([B + 1]);
  });

  it("applies the volume, VolZ and attempt-cap gates", () => {
    const rows = [...quiet(B), BREAKOUT, RETEST, ...AFTER];
    const s = scenario(rows, EXPANDED);
    expect(actions(s.run({ minVolume: 101 }).signals)).toEqual([]);
    expect(actions(s.run({ attemptCapRTH: 0 }).signals)).toEqual([]);
    // VolZ in the breakout's direction: +3 on a long is beyond volZMax 2.5, −3 on a long is below −0.5
    const hot = scenario(rows, { ...EXPANDED, volz: (i) => (i === B ? 3 : 0) });
    expect(actions(hot.run().signals)).toEqual([]);
    const shortHot = scenario(rows.map(mirror), { ...EXPANDED, volz: (i) => (i === B ? -2 : 0) });
    expect(actions(shortHot.run().signals).map(([, x]) => x.kind)).toEqual(["short"]);
  });

  it("blocks entries in the news window around the 10:00 ET release", () => {
    const rows = [...quiet(B), BREAKOUT, RETEST, ...AFTER];
    const at1001 = scenario(rows, EXPANDED, "2026-04-14T11:41:00Z"); // bar 140 = 10:01 ET, in [09:58, 10:03]
    expect(actions(at1001.run().signals)).toEqual([]);
    expect(actions(at1001.run({ newsBlockAfterMin: 0 }).signals).map(([i]) => i)).toEqual([B + 1]);
  });

  it("reads the ParamSet of the decision bar's session", () => {
    const rows = [...SETUP, BREAKOUT, RETEST, ...AFTER];
    const s = scenario(rows, EXPANDED);
    const rthMarket = resolveParamSet(paramSchemaEntry, {
      defaults: {},
      sessions: { RTH: { entryMode: "market" } },
      origin: "test",
    });
    const overnightMarket = resolveParamSet(paramSchemaEntry, {
      defaults: {},
      sessions: { Overnight: { entryMode: "market" } },
      origin: "test",
    });
    expect(actions(s.run(rthMarket).signals).map(([i, x]) => [i, x.kind === "long" && x.entryType])).toEqual([
      [B, "market"],
    ]);
    expect(actions(s.run(overnightMarket).signals).map(([i, x]) => [i, x.kind === "long" && x.entryType])).toEqual([
      [B + 1, "limit"],
    ]);
  });
});
