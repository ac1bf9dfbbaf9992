import { describe, expect, it } from "vitest";
import { markInMarket } from "./result-metrics.js";
import type { Trade } from "./trade.js";

describe("markInMarket", () => {
  it("marks the entry bar up to the exit bar (flat at its close), and the last bar for an end-of-data exit", () => {
    const t = (entryIndex: number, exitIndex: number, exitReason: Trade["exitReason"]) =>
      ({ entryIndex, exitIndex, exitReason }) as Trade;
    const mask = markInMarket([t(2, 5, "stop"), t(4, 6, "target"), t(7, 7, "stop"), t(8, 9, "end-of-data")], 10);
    expect(Array.from(mask)).toEqual([0, 0, 1, 1, 1, 1, 0, 0, 1, 1]);
  });
});
