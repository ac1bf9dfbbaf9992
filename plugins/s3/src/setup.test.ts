import { describe, expect, it } from "vitest";
import { loadSharedSync, realContext } from "./__tests__/harness.js";
import { quiet, type Row, scenario } from "./__tests__/scenario.js";
import { S3Params } from "./params.js";
import { analyseSetup, compressedAt, compressionRun, SetupScratch } from "./setup.js";

const p = S3Params.parse({});
const BIG: Row = [5000, 5010, 4995, 5008];

describe("compression setup (bars before the decision bar)", () => {
  it("boxes the compressed bars before the decision bar and ignores the decision bar itself", () => {
    const s = scenario([...quiet(100), BIG]).context();
    const out = new SetupScratch();
    expect(analyseSetup(s.at(100), p, 0.15, out)).toBe(true);
    // the run is capped at the look-back (60 bars: bars 40..99); the wide bar 100 is not in the box
    expect(out).toMatchObject({ run: 60, boxHi: 5000.5, boxLo: 4999.5, failed: "" });
    expect(out.startTime).toBe(s.ctx.bars.time(60));
  });

  it("counts a bar as compressed by TTM squeeze or by width rank", () => {
    const s = scenario(quiet(5), {
      sd: (i) => [1, 2, 2, 1, 2][i]!,
      widthRank: (i) => [0.9, 0.1, 0.9, 0.9, 0.15][i]!,
    }).context();
    // 2·σ ≤ 1.5·ATR(2) = 3 ⇔ σ ≤ 1.5
    expect([0, 1, 2, 3, 4].map((i) => compressedAt(s.at(4), p, 4 - i, 0.15))).toEqual([true, true, false, true, true]);
  });

  it("needs minSqueezeBars compressed bars ending at the previous bar", () => {
    const sd = (i: number) => (i < 94 ? 3 : 1); // squeeze on bars 94..99 only
    const s = scenario([...quiet(100), BIG], { sd, widthRank: () => 0.9 }).context();
    const out = new SetupScratch();
    expect(analyseSetup(s.at(100), p, 0.15, out)).toBe(true);
    expect(out.run).toBe(6);
    expect(analyseSetup(s.at(100), { ...p, minSqueezeBars: 7 }, 0.15, out)).toBe(false);
    expect(out.failed).toBe("squeeze");
    // the previous bar not compressed: no setup, even if the decision bar is
    const s2 = scenario([...quiet(100), BIG], { sd: (i) => (i === 99 ? 3 : 1), widthRank: () => 0.9 }).context();
    expect(analyseSetup(s2.at(100), p, 0.15, out)).toBe(false);
    expect(out.run).toBe(0);
  });

  it("needs nrClusterMinBars narrow bars (TR ≤ nrClusterRatio × median) inside the run", () => {
    const rows = [...quiet(100), BIG];
    const out = new SetupScratch();
    const at100 = (median: number) =>
      scenario(rows, { trMedian: () => median })
        .context()
        .at(100);
    // the quiet bars alternate true ranges 1 and 0.75. Median 0.9: limit 0.72, none narrow
    expect(analyseSetup(at100(0.9), p, 0.15, out)).toBe(false);
    expect(out.failed).toBe("narrow-range");
    // median 0.95: limit 0.76, every other bar
    expect(analyseSetup(at100(0.95), p, 0.15, out)).toBe(true);
    expect(out.narrow).toBe(30);
    expect(analyseSetup(at100(0.95), { ...p, nrClusterMinBars: 31 }, 0.15, out)).toBe(false);
    // median 1.25: limit exactly 1, all 60
    expect(analyseSetup(at100(1.25), p, 0.15, out)).toBe(true);
    expect(out.narrow).toBe(60);
  });

  it("needs a Bollinger width that did not rise by more than widthSlopeTol per bar over widthSlopeDownBars", () => {
    const rows = [...quiet(100), BIG];
    const out = new SetupScratch();
    // width rises 4% per bar: within the 5% tolerance
    const rising4 = scenario(rows, { width: (i) => 0.001 * 1.04 ** i }).context();
    expect(analyseSetup(rising4.at(100), p, 0.15, out)).toBe(true);
    expect(analyseSetup(rising4.at(100), { ...p, widthSlopeTol: 0.03 }, 0.15, out)).toBe(false);
    expect(out.failed).toBe("width-slope");
    // one jump 3 bars back fails the default 4-bar window, passes a 2-bar window
    const jump = scenario(rows, { width: (i) => (i >= 97 ? 0.002 : 0.001) }).context();
    expect(analyseSetup(jump.at(100), p, 0.15, out)).toBe(false);
    expect(analyseSetup(jump.at(100), { ...p, widthSlopeDownBars: 2 }, 0.15, out)).toBe(true);
  });
});

describe("incremental compression run", () => {
  it("equals a full rescan on every bar of a real day, across threshold changes", () => {
    const { bars, labels } = loadSharedSync("ESM26_1m.csv.gz", "2026-04-13T22:00:00Z", "2026-04-15T00:00:00Z");
    const { cursor, ctx } = realContext({ bars, labels }, p);
    const incremental = new SetupScratch();
    let reused = 0;
    let armedBars = 0;
    for (let i = 200; i < bars.length; i++) {
      cursor.i = i;
      // the threshold flips every 50 bars, as the 09:30–10:30 adaptation would
      const thr = Math.floor(i / 50) % 2 === 0 ? 0.15 : 0.13;
      if (incremental.cacheEndTime === bars.time[i - 2] && incremental.cacheThr === thr) reused++;
      compressionRun(ctx, p, thr, incremental);
      const fresh = new SetupScratch();
      compressionRun(ctx, p, thr, fresh);
      expect([incremental.run, incremental.startTime, incremental.boxHi, incremental.boxLo], `bar ${i}`).toEqual([
        fresh.run,
        fresh.startTime,
        fresh.boxHi,
        fresh.boxLo,
      ]);
      if (fresh.run >= p.minSqueezeBars) armedBars++;
    }
    expect(reused).toBeGreaterThan(1000);
    expect(armedBars).toBeGreaterThan(50);
  });
});
