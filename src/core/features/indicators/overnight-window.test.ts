import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { makeSource, randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** Direct evaluation: extreme of the open bars j ≤ i of bar i's trade date whose ET minute is in the window. */
function direct(src: ReturnType<typeof featureSource>, i: number, start: number, end: number, high: boolean): number {
  const l = src.labels;
  let k = i;
  while (k >= 0 && l.session[k]! < 0) k--;
  if (k < 0) return Number.NaN;
  const td = l.tradeDate[k]!;
  const mos = (m: number) => (m - 1080 + 1440) % 1440;
  const [a, b] = [mos(start), mos(end) === mos(start) ? 1440 : mos(end)];
  let v = Number.NaN;
  for (let j = k; j >= 0; j--) {
    if (l.session[j]! < 0) continue;
    if (l.tradeDate[j] !== td) break;
    const m = mos(l.etMinute[j]!);
    if (!(a < b ? m >= a && m < b : m >= a || m < b)) continue;
    const x = high ? src.bars.high[j]! : src.bars.low[j]!;
    if (Number.isNaN(v) || (high ? x > v : x < v)) v = x;
  }
  return v;
}

describe("on.window.high / on.window.low", () => {
  const bars = randomWalkBars(6000, 11);
  const src = featureSource(bars, labelBars(bars.time));
  for (const [start, end] of [
    [1080, 568],
    [0, 568],
    [570, 630],
    [1200, 1200],
  ] as const) {
    for (const high of [true, false]) {
      it(`${high ? "high" : "low"} [${start}, ${end}) equals a direct evaluation`, () => {
        const key = `on.window.${high ? "high" : "low"}:${start},${end}`;
        const got = registry.resolve(key).batch(src);
        let bad = -1;
        for (let i = 0; i < bars.length && bad < 0; i++) {
          const want = direct(src, i, start, end, high);
          if (!(Object.is(got[i], want) || Math.abs(got[i]! - want) < 1e-9)) bad = i;
        }
        expect(bad === -1 ? "ok" : `bar ${bad}: ${got[bad]} vs ${direct(src, bad, start, end, high)}`).toBe("ok");
      });
    }
  }

  it("covers 18:00–24:00, stops at 09:28 and resets at the next trade date", () => {
    // Tue 2025-03-11 17:58 EDT (maintenance) through Wed 09:31, then Wed 18:00 (trade date Thu).
    const t0 = Date.parse("2025-03-11T21:58:00Z");
    const time = [0, 2, 3, 4, 60 * 15 + 29, 60 * 15 + 30, 60 * 15 + 31, 60 * 15 + 35, 60 * 24 + 2].map(
      (m) => t0 + m * 60_000,
    );
    const high = [9000, 100, 120, 110, 130, 500, 400, 600, 50];
    const src = makeSource({ time, close: high.map((h) => h - 1), high, low: high.map((h) => h - 2) });
    const col = registry.resolve("on.window.high").batch(src);
    expect([...col]).toEqual([Number.NaN, 100, 120, 120, 130, 130, 130, 130, 50]);
    expect(registry.canonicalKey("on.window.low")).toBe("on.window.low:1080,568");
  });
});
