import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { history } from "./__tests__/fake-context.js";
import { bearConfirm, bullConfirm, decelerating, decelerationRun } from "./bar-patterns.js";

const price = fc.integer({ min: 3990 * 4, max: 4010 * 4 }).map((t) => t / 4);
const bar = fc
  .tuple(price, price, price, price)
  .map(([a, b, c, d]) => ({ o: a, h: Math.max(a, b, c, d), l: Math.min(a, b, c, d), c: d }));

/** The rule as the strategies reference states it: |C − VWAP| never grows over the last n closes. */
function naiveDecelerating(closes: readonly number[], vwap: number, n: number): boolean {
  const m = Math.min(n, closes.length);
  for (let k = m - 1; k >= 1; k--) {
    const newer = closes[closes.length - k] as number;
    const older = closes[closes.length - 1 - k] as number;
    if (Math.abs(newer - vwap) > Math.abs(older - vwap)) return false;
  }
  return true;
}

describe("S2 bar patterns", () => {
  it("decelerating (via decelerationRun) is the reference rule, and the run is monotone in n", () => {
    fc.assert(
      fc.property(fc.array(bar, { minLength: 1, maxLength: 30 }), price, (bars, vwap) => {
        const h = history(bars);
        const closes = bars.map((b) => b.c);
        const run = decelerationRun(h, vwap, 60);
        for (let n = 0; n <= 35; n++) {
          expect(decelerating(h, vwap, n)).toBe(naiveDecelerating(closes, vwap, n));
          if (n >= 1) expect(decelerating(h, vwap, n)).toBe(run >= n);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("reversal bars: engulfing, hammer / star, band reclaim / rejection", () => {
    // engulfing up: closes above the prior open, opens below the prior close
    expect(
      bullConfirm(
        history([
          { o: 101, h: 101, l: 99, c: 99.5 },
          { o: 99, h: 101.5, l: 98.75, c: 101.25 },
        ]),
        90,
      ),
    ).toBe(true);
    // a hammer: lower shadow ≥ half the range, close near the high
    expect(
      bullConfirm(
        history([
          { o: 100, h: 100, l: 100, c: 100 },
          { o: 100, h: 100.25, l: 98, c: 100.25 },
        ]),
        90,
      ),
    ).toBe(true);
    // reclaim of the band: prior low at/below it, close above
    expect(
      bullConfirm(
        history([
          { o: 95, h: 95, l: 94, c: 94.5 },
          { o: 94.5, h: 95.5, l: 94.25, c: 94.25 },
        ]),
        94.1,
      ),
    ).toBe(true);
    expect(
      bullConfirm(
        history([
          { o: 100, h: 100.5, l: 99.5, c: 100 },
          { o: 100, h: 100.5, l: 99.5, c: 99.75 },
        ]),
        90,
      ),
    ).toBe(false);
    expect(
      bearConfirm(
        history([
          { o: 99, h: 101, l: 99, c: 100.5 },
          { o: 101, h: 101.25, l: 98.5, c: 98.75 },
        ]),
        110,
      ),
    ).toBe(true);
    expect(
      bearConfirm(
        history([
          { o: 100, h: 100.5, l: 99.5, c: 100 },
          { o: 100, h: 100.5, l: 99.5, c: 100.25 },
        ]),
        110,
      ),
    ).toBe(false);
  });
});
