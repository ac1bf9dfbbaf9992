import { describe, expect, it } from "vitest";
import { sliceBars } from "../data/bars-ops.js";
import { labelBars } from "../market-time/index.js";
import { randomWalkBars } from "./__tests__/fixtures.js";
import { rebuildSource, sourceTransfer } from "./parallel/transfer.js";
import { featureSource, SourceRecord, StreamingBars } from "./source.js";

describe("feature sources", () => {
  // One class for every way a source is made, so V8 types its fields as "any value" from the start and
  // bars of another shape never throw away the kernels' optimized code (see SourceRecord).
  it("are SourceRecords however they are made: batch, slice, live buffer, worker", () => {
    const bars = randomWalkBars(300, 1);
    const labels = labelBars(bars.time);
    const made = [
      featureSource(bars, labels),
      featureSource(sliceBars(bars, 100), labelBars(sliceBars(bars, 100).time)),
      new StreamingBars("ES", undefined, 8).source(),
      rebuildSource(sourceTransfer(featureSource(bars, labels))),
    ];
    for (const src of made) expect(src).toBeInstanceOf(SourceRecord);
    const first = made[0] as SourceRecord;
    expect([first.bars, first.labels]).toEqual([bars, labels]);
  });

  it("refuses bars and labels of different lengths", () => {
    const bars = randomWalkBars(10, 2);
    expect(() => featureSource(bars, labelBars(bars.time.subarray(0, 9)))).toThrow(/10 bars but 9 label rows/);
  });
});
