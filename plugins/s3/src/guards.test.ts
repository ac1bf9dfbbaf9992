import { describe, expect, it } from "vitest";
import { quiet, scenario } from "./__tests__/scenario.js";
import type { S3Context } from "./context.js";
import {
  dayOfWeek,
  ENTRY_CUTOFF_MINUTES,
  inNewsBlock,
  inRollWindow,
  rangeGuardBlocks,
  rangeGuardsBlock,
  rankThreshold,
  tooNearClose,
} from "./guards.js";
import { S3Params } from "./params.js";
import { initialS3State } from "./state.js";

const defaults = S3Params.parse({});

describe("news block", () => {
  it("blocks [release − before, release + after] around 08:30, 10:00 and 14:00 ET only", () => {
    const blocked = [];
    for (let m = 0; m < 1440; m++) if (inNewsBlock(m, defaults)) blocked.push(m);
    expect(blocked).toEqual([508, 509, 510, 511, 512, 513, 598, 599, 600, 601, 602, 603, 838, 839, 840, 841, 842, 843]);
    expect(inNewsBlock(600, { ...defaults, newsBlockBeforeMin: 0, newsBlockAfterMin: 0 })).toBe(true);
    expect(inNewsBlock(601, { ...defaults, newsBlockBeforeMin: 0, newsBlockAfterMin: 0 })).toBe(false);
  });
});

describe("entry cutoff before the trade date's close", () => {
  const near = (iso: string, tradeDate: number) =>
    tooNearClose({ bar: { time: Date.parse(iso) }, labels: { tradeDate } } as unknown as S3Context, initialS3State());

  it(`needs ${ENTRY_CUTOFF_MINUTES} minutes between the fill (the next bar's open) and the close`, () => {
    expect(ENTRY_CUTOFF_MINUTES).toBe(15);
    // a normal Thursday closes at the 17:00 ET halt (21:00Z in EDT): decided 16:44, filled 16:45 → 15 min
    expect(near("2026-03-12T20:44:00Z", 20260312)).toBe(false);
    expect(near("2026-03-12T20:45:00Z", 20260312)).toBe(true);
    expect(near("2026-03-12T20:59:00Z", 20260312)).toBe(true);
    expect(near("2026-03-12T14:00:00Z", 20260312)).toBe(false);
  });

  it("uses the calendar's close of shortened sessions (Thanksgiving 2025: 13:00 ET halt)", () => {
    expect(near("2025-11-27T17:44:00Z", 20251127)).toBe(false); // 12:44 ET
    expect(near("2025-11-27T17:45:00Z", 20251127)).toBe(true);
  });
});

describe("roll window", () => {
  it("knows the weekday of civil dates", () => {
    expect(dayOfWeek(2026, 3, 12)).toBe(4); // Thursday
    expect(dayOfWeek(2025, 12, 11)).toBe(4);
    expect(dayOfWeek(2024, 2, 29)).toBe(4);
    expect(dayOfWeek(2026, 1, 1)).toBe(4);
    expect(dayOfWeek(2026, 4, 14)).toBe(2);
  });

  it("spans rollDaysBefore before through rollDaysAfter after the second Thursday of Mar/Jun/Sep/Dec", () => {
    // second Thursday of March 2026 is the 12th: window [10th, 13th] with the defaults 2 / 1
    const days = [8, 9, 10, 11, 12, 13, 14].filter((d) => inRollWindow(20260300 + d, defaults));
    expect(days).toEqual([10, 11, 12, 13]);
    // June 2026: second Thursday the 11th
    expect([9, 10, 11, 12, 13].filter((d) => inRollWindow(20260600 + d, defaults))).toEqual([9, 10, 11, 12]);
    expect(inRollWindow(20260412, defaults)).toBe(false);
    expect(inRollWindow(20260312, { ...defaults, rollEnabled: false })).toBe(false);
    // a long "after" window reaches into the next month
    expect(inRollWindow(20260401, { ...defaults, rollDaysAfter: 25 })).toBe(true);
    expect(inRollWindow(20260101, { ...defaults, rollDaysAfter: 25 })).toBe(true); // Dec 2025 centre the 11th
  });
});

describe("width-rank threshold", () => {
  it("tightens by 0.02 from 09:30 to 10:30 ET (hourlyRankAdapt) and by rollRankTighten in the roll window", () => {
    // bars from 09:00 ET (13:00 UTC in April, EDT)
    const s = scenario(quiet(120), {}, "2026-04-14T13:00:00Z").context();
    expect(rankThreshold(s.at(10), defaults, false)).toBeCloseTo(0.15, 12); // 09:10
    expect(rankThreshold(s.at(30), defaults, false)).toBeCloseTo(0.13, 12); // 09:30
    expect(rankThreshold(s.at(90), defaults, false)).toBeCloseTo(0.13, 12); // 10:30
    expect(rankThreshold(s.at(91), defaults, false)).toBeCloseTo(0.15, 12);
    expect(rankThreshold(s.at(91), defaults, true)).toBeCloseTo(0.13, 12);
    expect(rankThreshold(s.at(91), { ...defaults, widthRankEnter: 0.06 }, true)).toBe(0.05);
    expect(rankThreshold(s.at(30), { ...defaults, hourlyRankAdapt: false }, false)).toBe(0.15);
  });
});

describe("opening-range / initial-balance guard", () => {
  it("opposite: blocks only the breakout back into the range; any: both; none: nothing", () => {
    // close below the range low 100 while the upper band reaches 101 (inside the range)
    expect(rangeGuardBlocks(1, "opposite", 99, 101, 97, 110, 100)).toBe(true);
    expect(rangeGuardBlocks(-1, "opposite", 99, 101, 97, 110, 100)).toBe(false);
    expect(rangeGuardBlocks(-1, "any", 99, 101, 97, 110, 100)).toBe(true);
    expect(rangeGuardBlocks(1, "none", 99, 101, 97, 110, 100)).toBe(false);
    // above the high 110 with the lower band at 109
    expect(rangeGuardBlocks(-1, "opposite", 111, 113, 109, 110, 100)).toBe(true);
    expect(rangeGuardBlocks(1, "opposite", 111, 113, 109, 110, 100)).toBe(false);
    // bands clear of the range: no block
    expect(rangeGuardBlocks(1, "any", 99, 99.5, 97, 110, 100)).toBe(false);
    // no range yet
    expect(rangeGuardBlocks(1, "any", 99, 101, 97, Number.NaN, Number.NaN)).toBe(false);
  });

  it("applies the OR guard from the OR's end to the IB end in RTH and the IB guard after the IB", () => {
    // bars from 09:30 ET; OR 5000–5010, IB 4990–5020 from the features
    const s = scenario(
      quiet(200, 4980),
      {
        orHigh: () => 5010,
        orLow: () => 5000,
        ibHigh: () => 5020,
        ibLow: () => 4990,
      },
      "2026-04-14T13:30:00Z",
    ).context();
    const p = defaults;
    // close 4980 below both ranges; an upper band of 5001 reaches into the OR but not above the IB low... it does (> 4990)
    expect(rangeGuardsBlock(s.at(5), p, 1, 5001, 4970)).toBe(false); // 09:35: OR not complete
    expect(rangeGuardsBlock(s.at(15), p, 1, 5001, 4970)).toBe(true); // 09:45: OR guard
    expect(rangeGuardsBlock(s.at(15), p, -1, 5001, 4970)).toBe(false);
    expect(rangeGuardsBlock(s.at(15), p, 1, 4995, 4970)).toBe(false); // band below the OR low
    expect(rangeGuardsBlock(s.at(70), p, 1, 4995, 4970)).toBe(true); // 10:40: IB guard, band above IB low 4990
    expect(rangeGuardsBlock(s.at(70), { ...p, ibGuardEnabled: false }, 1, 4995, 4970)).toBe(false);
    expect(rangeGuardsBlock(s.at(15), { ...p, orGuardEnabled: false }, 1, 5001, 4970)).toBe(false);
  });
});
