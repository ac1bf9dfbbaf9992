import { describe, expect, it } from "vitest";
import { randomWalkBars } from "../../core/features/__tests__/fixtures.js";
import { computeModelColumns, featureSource } from "../../core/features/index.js";
import { labelBars } from "../../core/market-time/index.js";
import { modelColumns, parseThreads } from "./features-threads.js";

describe("features --threads", () => {
  it("takes a positive integer", () => {
    expect(parseThreads("1")).toBe(1);
    expect(parseThreads("2")).toBe(2);
  });

  it("rejects anything else with SK_CLI_USAGE naming the value", () => {
    for (const bad of ["0", "-1", "1.5", "two", ""]) {
      expect(() => parseThreads(bad), bad).toThrow(expect.objectContaining({ code: "SK_CLI_USAGE", value: bad }));
    }
    expect(() => parseThreads("x")).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: features: --threads "x" is not a positive integer.]`,
    );
  });

  it("model columns through computeColumns equal computeModelColumns, on any thread budget", () => {
    const bars = randomWalkBars(2_000, 11);
    const src = featureSource(bars, labelBars(bars.time));
    const expected = computeModelColumns(src);
    for (const threads of [undefined, 1, 2]) expect(modelColumns(src, threads)).toEqual(expected);
  });
});
