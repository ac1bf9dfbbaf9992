import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deriveSearchSpace, searchSpaceFromJSON, searchSpaceToJSON } from "./search-space.js";
import { tunable, tunableRangeOf } from "./tunable.js";

const Params = z.strictObject({
  stop: tunable(z.number().min(1).max(4), { low: 1, high: 4, step: 0.25 }).default(1.5),
  bars: tunable(z.number().int().min(1).max(100), { low: 10, high: 60, step: 5 }).default(30),
  scale: tunable(z.number().min(0).max(10), { low: 0.01, high: 5, log: true }).default(1),
  fixed: z.number().default(3),
  mode: z.enum(["a", "b"]).default("a"),
});

describe("tunable", () => {
  it("keeps its range through .default() and .optional()", () => {
    const s = tunable(z.number().min(0).max(9), { low: 1, high: 2 });
    expect(tunableRangeOf(s.default(1).optional())).toEqual({ low: 1, high: 2 });
    expect(tunableRangeOf(z.number().default(1))).toBeUndefined();
  });

  it("derives an explicit, JSON-round-trippable search space in field order", () => {
    const space = deriveSearchSpace(Params);
    expect(space.dimensions).toEqual([
      { name: "stop", type: "float", low: 1, high: 4, step: 0.25, log: false, default: 1.5 },
      { name: "bars", type: "int", low: 10, high: 60, step: 5, log: false, default: 30 },
      { name: "scale", type: "float", low: 0.01, high: 5, step: null, log: true, default: 1 },
    ]);
    expect(searchSpaceFromJSON(searchSpaceToJSON(space))).toEqual(space);
  });

  it("rejects ranges that do not fit the schema", () => {
    const bad =
      (r: Parameters<typeof tunable>[1], s = z.number().min(1).max(4)) =>
      () =>
        tunable(s, r);
    expect(bad({ low: 0.5, high: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: tunable(low 0.5, high 2): low 0.5 is below the schema minimum 1]`,
    );
    expect(bad({ low: 3, high: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: tunable(low 3, high 2): low 3 must be <= high 2]`,
    );
    expect(bad({ low: 1, high: 2, step: 0.5, log: true })).toThrow(/exclusive/);
    expect(bad({ low: 1, high: 2, step: 0.5 }, z.number().int().min(0).max(9))).toThrow(/integer step/);
    expect(bad({ low: 1, high: 5 })).toThrow(/above the schema maximum 4/);
  });

  it("names every problem of a malformed search space", () => {
    const text = JSON.stringify({
      version: 1,
      dimensions: [{ name: "", type: "x", low: 2, high: 1, step: 0, log: "no", default: 1, extra: 1 }],
    });
    expect(() => searchSpaceFromJSON(text)).toThrow(/search space is invalid/);
    try {
      searchSpaceFromJSON(text);
    } catch (e) {
      expect((e as { details: string[] }).details).toMatchInlineSnapshot(`
        [
          "dimensions[0].name: expected a non-empty string",
          "dimensions[0].type: expected "int" or "float"",
          "dimensions[0].step: expected null or > 0",
          "dimensions[0].log: expected a boolean",
        ]
      `);
    }
  });
});
