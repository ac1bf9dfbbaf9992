import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeSource } from "../__tests__/fixtures.js";
import { plainTrueRange } from "../__tests__/true-range.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns } from "../feature-set.js";

const registry = createFeatureRegistry();

const price = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 15_000, max: 17_000 }).map((k) => k * 0.25) },
  { weight: 3, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0) },
);

/** Wilder's recursion over the plain true-range formula, with the kernel's weights. */
function plainAtr(high: Float64Array, low: Float64Array, close: Float64Array, period: number): Float64Array {
  const out = new Float64Array(high.length);
  const keep = (period - 1) / period;
  const weight = 1 / period;
  let seed = 0;
  let atr = Number.NaN;
  for (let i = 0; i < high.length; i++) {
    const x = plainTrueRange(high, low, close, i);
    if (i < period) {
      seed += x;
      if (i === period - 1) atr = seed / period;
    } else atr = atr * keep + x * weight;
    out[i] = atr;
  }
  return out;
}

// The Wilder ATR works its true ranges out in its own loop (not from trueRangeColumn): they must be
// the plain formula's, bar 0 and non-finite prices, H < L and signed zeros included.
describe("Wilder ATR's own true ranges", () => {
  it("equal the plain formula's under the ATR, its Keltner channels' ATR and live (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(price, price, price), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, period) => {
          const src = makeSource({
            high: rows.map((r) => r[0]),
            low: rows.map((r) => r[1]),
            close: rows.map((r) => r[2]),
          });
          const { high, low, close } = src.bars;
          const want = plainAtr(high, low, close, period);
          const def = registry.resolve(`atr:${period}`);
          const alone = def.batch(src);
          const stream = def.createStream(src);
          const live = Float64Array.from(rows, (_, i) => stream.update(i));
          // A channel with a zero multiple over the same ATR is EMA + 0·ATR: NaN exactly where the ATR is.
          const [withKc, kc] = computeColumns(src, [def, registry.resolve(`kc.upper:1,${period},0`)]);
          return rows.every(
            (_, i) =>
              Object.is(alone[i], want[i]) &&
              Object.is(live[i], want[i]) &&
              Object.is(withKc![i], want[i]) &&
              (i < period - 1 || Number.isNaN(kc![i]) === Number.isNaN(close[i]! + 0 * want[i]!)),
          );
        },
      ),
      { seed: 7, numRuns: 1500 },
    );
  });

  it("reads the previous chunk's last close across a chunk boundary", () => {
    const n = 1300;
    const src = makeSource({ close: Array.from({ length: n }, (_, i) => 5000 + ((i * 37) % 11) - 5) });
    const { high, low, close } = src.bars;
    const got = registry.resolve("atr:14").batch(src);
    const want = plainAtr(high, low, close, 14);
    expect(got.every((x, i) => Object.is(x, want[i]))).toBe(true);
  });
});
