import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CountingWindow } from "./counting-window.js";
import { RollingExtremum } from "./rolling-extrema.js";
import { RollingMoments } from "./rolling-moments.js";
import { RollingSum } from "./rolling-sum.js";
import { SortedWindow } from "./sorted-window.js";

const values = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -40, max: 40 }).map((k) => k * 0.25) },
    { weight: 1, arbitrary: fc.constant(Number.NaN) },
  ),
  { minLength: 1, maxLength: 300 },
);

describe("rolling kernels against a direct evaluation (property)", () => {
  it("SortedWindow holds exactly the finite values of the last n pushes, sorted", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 25 }), (xs, n) => {
        const w = new SortedWindow(n);
        return xs.every((x, i) => {
          w.push(x);
          const want = xs
            .slice(Math.max(0, i - n + 1), i + 1)
            .filter(Number.isFinite)
            .sort((a, b) => a - b);
          if (w.size !== want.length) return false;
          const q = want.length === 0 ? Number.NaN : want[Math.floor(0.5 * (want.length - 1))]!;
          const median = w.quantile(0.5);
          const ok = want.length === 0 || want.length % 2 === 1 ? Object.is(median, q) || median === q : true;
          return ok && want.every((v) => w.countAtMost(v) === want.filter((u) => u <= v).length);
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("SortedWindow.pushCount keeps the same sorted contents as push and returns the count ≤ x", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 25 }), (xs, n) => {
        const a = new SortedWindow(n);
        const b = new SortedWindow(n);
        return xs.every((x) => {
          a.push(x);
          const c = b.pushCount(x);
          if (a.size !== b.size) return false;
          if (Number.isFinite(x) && c !== a.countAtMost(x)) return false;
          for (let q = 0; q <= 1; q += 0.125) if (!Object.is(a.quantile(q), b.quantile(q))) return false;
          return true;
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("CountingWindow counts as SortedWindow does and is full exactly when the sorted window holds n values", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 25 }), fc.integer({ min: -3, max: 3 }), (xs, n, dk) => {
        const a = new SortedWindow(n);
        const b = new CountingWindow(n);
        return xs.every((x) => {
          a.push(x);
          b.push(x);
          if (b.full !== (a.size === n)) return false;
          for (const t of [x + dk * 0.25, -100, 100, Number.POSITIVE_INFINITY])
            if (b.countAtMost(t) !== a.countAtMost(t)) return false;
          return true;
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("RollingSum, RollingMoments and RollingExtremum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 30 }),
        (xs, n) => {
          const s = new RollingSum(n);
          const m = new RollingMoments(n);
          const hi = new RollingExtremum(n, "max");
          const lo = new RollingExtremum(n, "min");
          return xs.every((x, i) => {
            s.push(x);
            m.push(x);
            hi.push(x);
            lo.push(x);
            const win = xs.slice(Math.max(0, i - n + 1), i + 1);
            const sum = win.reduce((a, b) => a + b, 0);
            const mean = sum / win.length;
            const v = win.reduce((a, b) => a + (b - mean) ** 2, 0) / win.length;
            return (
              Math.abs(s.sum - sum) <= 1e-9 * Math.max(1, Math.abs(sum)) &&
              Math.abs(m.mean() - mean) <= 1e-9 * Math.max(1, Math.abs(mean)) &&
              Math.abs(m.variance() - v) <= 1e-6 * Math.max(1, v) &&
              hi.value() === Math.max(...win) &&
              lo.value() === Math.min(...win)
            );
          });
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("a flat window has variance exactly 0 after long drifting input", () => {
    const m = new RollingMoments(20);
    for (let i = 0; i < 5000; i++) m.push(7000 + Math.sin(i) * 3.7);
    for (let i = 0; i < 20; i++) m.push(6999.25);
    expect(m.variance()).toBe(0);
    expect(m.mean()).toBeCloseTo(6999.25, 9);
  });

  it("a quantile interpolates linearly between neighbours", () => {
    const w = new SortedWindow(4);
    for (const x of [4, 1, 3, 2]) w.push(x);
    expect(w.quantile(0.6)).toBeCloseTo(2.8, 12);
    expect(w.quantile(0)).toBe(1);
    expect(w.quantile(1)).toBe(4);
  });
});
