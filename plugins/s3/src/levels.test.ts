import { describe, expect, it } from "vitest";
import { quiet, type Row, scenario } from "./__tests__/scenario.js";
import { Bracket, barQualityOk, bracketFor, expansionMove, impulse, segmentVwap, vwapHolds } from "./levels.js";
import { S3Params } from "./params.js";

const p = S3Params.parse({});

function lastBar(row: Row) {
  return scenario([...quiet(10), row])
    .context()
    .at(10);
}

describe("break-bar quality", () => {
  it("needs the close in the top of the bar and a small upper wick for a long, the mirror for a short", () => {
    expect(barQualityOk(lastBar([100, 104, 100, 103.5]), p, 1)).toBe(true);
    expect(barQualityOk(lastBar([100, 104, 100, 103.5]), p, -1)).toBe(false);
    // close at 62.5% of the range
    expect(barQualityOk(lastBar([100, 104, 100, 102.5]), p, 1)).toBe(false);
    // bearish bar: lower wick 0.5/4 measured from the close, not through the body (the reference's (O − L)/range was 87.5%)
    const bear = lastBar([103.5, 104, 100, 100.5]);
    expect(barQualityOk(bear, p, -1)).toBe(true);
    expect(barQualityOk(bear, p, 1)).toBe(false);
    // a bullish bar whose open sits in the bottom: long fine, a short is refused
    expect(barQualityOk(lastBar([100.5, 104, 100, 104]), p, 1)).toBe(true);
    // upper wick too long for the looser close-position setting
    expect(barQualityOk(lastBar([100, 104, 100, 102.5]), { ...p, breakQMinClosePos: 0.5 }, 1)).toBe(false);
    expect(
      barQualityOk(lastBar([100, 104, 100, 102.5]), { ...p, breakQMinClosePos: 0.5, breakQMaxOppWick: 0.4 }, 1),
    ).toBe(true);
  });
});

describe("impulse, VWAP and expansion", () => {
  it("measures the 3-bar range against the box width", () => {
    const ctx = scenario([...quiet(10), [5000, 5003, 5000, 5002.5]])
      .context()
      .at(10);
    // bars 8..10: high 5003, low 4999.5
    expect(impulse(ctx, 1)).toBe(3.5);
    expect(impulse(ctx, 2)).toBe(1.75);
  });

  it("takes the typical-price VWAP from the segment start and checks the last 2 closes", () => {
    const rows: Row[] = [
      [10, 12, 9, 11, 100],
      [11, 13, 10, 12, 300],
      [12, 14, 11, 13, 0],
    ];
    const s = scenario(rows).context();
    const ctx = s.at(2);
    // time(k) is k bars before the cursor (bar 2). From bar 1: (11.667·300 + 12.667·0) / 300
    expect(segmentVwap(ctx, s.ctx.bars.time(1))).toBeCloseTo(35 / 3, 12);
    expect(segmentVwap(ctx, s.ctx.bars.time(0))).toBeCloseTo(38 / 3, 12); // no volume: plain mean
    expect(segmentVwap(ctx, 0)).toBeCloseTo((10.667 * 100 + 11.667 * 300) / 400, 2);
    expect(vwapHolds(ctx, 1, 11.5)).toBe(true);
    expect(vwapHolds(ctx, 1, 12.5)).toBe(false);
    expect(vwapHolds(ctx, -1, 13)).toBe(true);
    expect(vwapHolds(ctx, 1, Number.NaN)).toBe(true);
  });

  it("clamps the expansion factor to [0.8, 2.5] and falls back to 1.6", () => {
    const at = (q: number) =>
      scenario(quiet(5), { trQuant: () => q })
        .context()
        .at(4);
    expect(expansionMove(at(2), 4)).toBe(4); // 2 / 2 = 1 → 1 × 4
    expect(expansionMove(at(10), 4)).toBe(10); // 5 → 2.5
    expect(expansionMove(at(0.5), 4)).toBeCloseTo(3.2, 12); // 0.25 → 0.8
    expect(expansionMove(at(Number.NaN), 4)).toBeCloseTo(6.4, 12);
  });
});

describe("bracket", () => {
  it("puts the stop beyond the box or the 5-bar swing, whichever is farther, and T2 beyond T1", () => {
    const ctx = scenario(quiet(10)).context().at(9);
    const b = new Bracket();
    expect(bracketFor(ctx, p, 1, 5002, 5000.5, 4999.5, b)).toBe(true);
    expect({ ...b }).toEqual({ entry: 5002, stop: 4997.25, target1: 5007.75, target2: 5012.5 });
    // fixed targets
    expect(bracketFor(ctx, { ...p, targetsMode: "fixed", targetR1: 1, targetR2: 2 }, 1, 5002, 5000.5, 4999.5, b)).toBe(
      true,
    );
    expect([b.target1, b.target2]).toEqual([5006.75, 5011.5]);
    // short: box high 5000.5 + 2.2 = 5002.7 → 5002.75
    expect(bracketFor(ctx, p, -1, 4998, 5000.5, 4999.5, b)).toBe(true);
    expect({ ...b }).toEqual({ entry: 4998, stop: 5002.75, target1: 4992.25, target2: 4987.5 });
    // a wide box: factor 2 / 10 clamps to 0.8, move 16; T1 = max(1.2R, 8)
    expect(bracketFor(ctx, p, 1, 5021, 5020, 5000, b)).toBe(true);
    expect(b.stop).toBe(4997.75);
    expect(b.target1).toBe(5049); // 5021 + max(1.2 × 23.25, 0.5 × 16) = 5048.9, to the tick
    // no risk: entry below the stop
    expect(bracketFor(ctx, p, 1, 4990, 5000.5, 4999.5, b)).toBe(false);
  });
});
