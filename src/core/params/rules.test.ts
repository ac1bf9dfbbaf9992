import { paramSchemaEntry as s2 } from "@sessionkit/plugin-s2";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { testRegistry } from "./__fixtures__/registry.js";
import { type ParamProblem, resolveParamSet } from "./index.js";
import { minuteOfDay, rules, STRICT_EPSILON, withRules } from "./rules.js";

describe("strict cross-field rules", () => {
  it("treat equality within 1e-9 as a violation and anything beyond as satisfied (property)", () => {
    const schema = withRules(
      z.strictObject({ a: z.number(), b: z.number() }),
      rules.gt("a", "b", 0.5),
      rules.lt("b", "a"),
    );
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (b, d) => {
          const a = b + 0.5 + d;
          const ok = schema.safeParse({ a, b }).success;
          expect(ok).toBe(a > b + 0.5 + STRICT_EPSILON && b < a - STRICT_EPSILON);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
    expect(schema.safeParse({ a: 2, b: 1.5 }).success).toBe(false);
    expect(schema.safeParse({ a: 2.0000000005, b: 1.5 }).success).toBe(false);
  });

  it("validates every effective session set after merging (property over S2 stop/target grids)", () => {
    const registry = testRegistry();
    const grid = (lo: number, hi: number, step: number) =>
      fc.integer({ min: 0, max: Math.round((hi - lo) / step) }).map((i) => lo + i * step);
    fc.assert(
      fc.property(grid(1, 4, 0.25), grid(2, 6, 0.5), grid(1, 4, 0.25), (stop, target, rthStop) => {
        const problems: ParamProblem[] = [];
        const set = resolveParamSet(
          registry.get("S2"),
          {
            defaults: { stopAtrMult: stop, targetAtrMult: target },
            sessions: { RTH: { stopAtrMult: rthStop } },
            origin: "t",
          },
          problems,
        );
        const okDefaults = target > stop + 0.5 + STRICT_EPSILON;
        const okRth = target > rthStop + 0.5 + STRICT_EPSILON;
        expect(set !== undefined).toBe(okDefaults && okRth);
        if (set) expect(set.sessions.RTH).toMatchObject({ stopAtrMult: rthStop, targetAtrMult: target });
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(s2.schema.parse({}).targetAtrMult).toBe(2);
  });

  it("converts times of day", () => {
    expect(minuteOfDay("09:30")).toBe(570);
    expect(() => minuteOfDay("9:30")).toThrow(RangeError);
  });
});
