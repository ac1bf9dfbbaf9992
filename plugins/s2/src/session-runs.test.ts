import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runOf, sessionRuns } from "./session-runs.js";

describe("sessionRuns", () => {
  it("lists where each run of one session code starts, and runOf finds the run of any bar", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 1, maxLength: 200 }), (codes) => {
        const session = Int8Array.from(codes);
        const runs = sessionRuns(session);
        expect(runs[0]).toBe(0);
        expect(runs[runs.length - 1]).toBe(session.length);
        for (let r = 0; r + 1 < runs.length; r++) {
          const [a, b] = [runs[r]!, runs[r + 1]!];
          expect(b).toBeGreaterThan(a);
          for (let i = a; i < b; i++) {
            expect(session[i]).toBe(session[a]);
            expect(runOf(runs, i)).toBe(r);
          }
          if (b < session.length) expect(session[b]).not.toBe(session[a]);
        }
        expect(sessionRuns(session)).toBe(runs);
      }),
      { numRuns: 300, seed: 20261208 },
    );
  });
});
