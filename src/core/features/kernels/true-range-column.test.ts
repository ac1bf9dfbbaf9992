import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { plainTrueRange as trueRange } from "../__tests__/true-range.js";
import { featureSource, liveBarAt, StreamingBars } from "../source.js";
import { trueRangeColumn } from "./true-range-column.js";

describe("trueRangeColumn", () => {
  it("holds trueRange of every row, filled on demand, one column per feature source", () => {
    const bars = randomWalkBars(2000, 3);
    const labels = labelBars(bars.time);
    const src = featureSource(bars, labels);
    const column = trueRangeColumn(src);
    expect(trueRangeColumn(src)).toBe(column);
    // A new source over the same bars computes its own (a backtest computing features pays for them).
    expect(trueRangeColumn(featureSource(bars, labels))).not.toBe(column);
    const part = column.upTo(700);
    for (let i = 0; i < 700; i++) expect(part[i]).toBe(trueRange(bars.high, bars.low, bars.close, i));
    const all = column.upTo(2000);
    for (let i = 0; i < 2000; i++) expect(all[i]).toBe(trueRange(bars.high, bars.low, bars.close, i));
  });

  it("follows a live buffer a bar at a time, through the re-pointing of its grown columns", () => {
    const bars = randomWalkBars(5000, 9);
    const live = new StreamingBars("ES", undefined, 16);
    const labels = labelBars(bars.time);
    const column = trueRangeColumn(live.source());
    for (let i = 0; i < bars.length; i++) {
      live.append(liveBarAt(bars, labels, i));
      const trs = column.upTo(i + 1);
      expect(trs[i]).toBe(trueRange(bars.high, bars.low, bars.close, i));
    }
    const trs = column.upTo(bars.length);
    for (let i = 0; i < bars.length; i++) expect(trs[i]).toBe(trueRange(bars.high, bars.low, bars.close, i));
  });
});
