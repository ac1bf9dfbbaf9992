import { describe, expect, it } from "vitest";
import { history } from "./__tests__/fake-context.js";
import {
  bearConfirm,
  bullConfirm,
  closesBeyond,
  decelerating,
  lastSwingHigh,
  lastSwingLow,
  volumeImbalance,
} from "./bar-patterns.js";
import { S2Params } from "./params.js";
import { type EntryPlan, planPrices } from "./prices.js";
import { QuantileTable } from "./quantile-table.js";
import { isRollWeek } from "./roll-week.js";
import { dynamicSigma, emptyThresholdInputs } from "./threshold.js";

const bar = (o: number, h: number, l: number, c: number, v = 100) => ({ o, h, l, c, v });
const flat = (n: number, p = 100) => Array.from({ length: n }, () => bar(p, p + 0.25, p - 0.25, p));

describe("bar patterns", () => {
  it("volume imbalance over 10 bars, 1.5 without down volume", () => {
    expect(volumeImbalance(history([bar(1, 2, 0, 2, 300), bar(2, 2, 1, 1, 100)]))).toBe(3);
    expect(volumeImbalance(history([bar(1, 2, 0, 2, 300)]))).toBe(1.5);
    const old = [bar(2, 2, 1, 1, 1e6), ...Array.from({ length: 10 }, () => bar(1, 2, 0, 2, 1))];
    expect(volumeImbalance(history(old))).toBe(1.5);
  });

  it("the most recent strict swing high/low with two bars each side, NaN when none", () => {
    const bars = flat(10);
    bars[3] = bar(100, 103, 99.75, 100);
    bars[6] = bar(100, 102, 99.75, 100);
    expect(lastSwingHigh(history(bars))).toBe(102);
    expect(lastSwingLow(history(bars))).toBeNaN();
    bars[9] = bar(100, 110, 95, 100); // k = 0: not yet confirmed by two later bars
    expect(lastSwingHigh(history(bars))).toBe(102);
    bars[5] = bar(100, 100.25, 98, 100);
    expect(lastSwingLow(history(bars))).toBe(98);
    expect(lastSwingHigh(history(flat(60)))).toBeNaN();
  });

  it("deceleration: |C − VWAP| never grows over the last n closes", () => {
    const closes = (cs: number[]) => history(cs.map((c) => bar(c, c, c, c)));
    expect(decelerating(closes([97, 97.25, 97.5]), 100, 3)).toBe(true);
    expect(decelerating(closes([97, 97.25, 97.25]), 100, 3)).toBe(true);
    expect(decelerating(closes([97.5, 97.25, 97.5]), 100, 3)).toBe(false);
    expect(decelerating(closes([97.5, 97.25, 97.5]), 100, 2)).toBe(true);
  });

  it("closes beyond a level", () => {
    const h = history([bar(1, 1, 1, 101), bar(1, 1, 1, 99), bar(1, 1, 1, 100)]);
    expect(closesBeyond(h, 100, 12, 1)).toBe(1);
    expect(closesBeyond(h, 100, 12, -1)).toBe(1);
  });

  it("bull confirmations: engulfing, hammer, reclaim of the lower band", () => {
    expect(bullConfirm(history([bar(10, 10, 9, 9.25), bar(9, 10.5, 9, 10.25)]), 0)).toBe(true);
    expect(bullConfirm(history([bar(10, 10, 9, 9.5), bar(9.8, 10, 9, 9.9)]), 0)).toBe(true); // hammer
    expect(bullConfirm(history([bar(10, 10, 8, 9), bar(9, 9.5, 8.9, 8.95)]), 8.5)).toBe(true); // reclaim
    expect(bullConfirm(history([bar(10, 10, 9, 9.5), bar(9.5, 9.5, 9.5, 9.5)]), 0)).toBe(false); // no range
    expect(bullConfirm(history([bar(10, 10, 9, 9.5), bar(9.5, 9.6, 9.2, 9.3)]), 0)).toBe(false);
  });

  it("bear confirmations: engulfing, shooting star, rejection of the upper band", () => {
    expect(bearConfirm(history([bar(9, 10, 9, 9.75), bar(10, 10, 8.5, 8.75)]), 99)).toBe(true);
    expect(bearConfirm(history([bar(9, 10, 9, 9.5), bar(9.2, 10, 9, 9.1)]), 99)).toBe(true); // star
    expect(bearConfirm(history([bar(9, 11, 9, 10), bar(10, 10.1, 10, 10.05)]), 10.5)).toBe(true); // reject
    expect(bearConfirm(history([bar(9, 10, 9, 9.5), bar(9.5, 9.7, 9.4, 9.6)]), 99)).toBe(false);
  });
});

describe("dynamic σ threshold", () => {
  const p = S2Params.parse({});
  const t = () => Object.assign(emptyThresholdInputs(), { q: 1.5, etMinute: 600 });
  it("base: ES 2.0, NQ 2.6 + 0.2; roll week +0.3; never below the quantile", () => {
    expect(dynamicSigma(p, t())).toBe(2);
    expect(dynamicSigma(p, { ...t(), nq: true })).toBeCloseTo(2.8, 12);
    expect(dynamicSigma(p, { ...t(), rollWeek: true })).toBeCloseTo(2.3, 12);
    expect(dynamicSigma(p, { ...t(), q: 3.1 })).toBe(3.1);
  });
  it("trend protection raises a fade against a strong trend to SigmaForceTrend", () => {
    expect(dynamicSigma(p, { ...t(), strongUp: true, z: -2 })).toBe(2.8);
    expect(dynamicSigma(p, { ...t(), strongUp: true, z: 2 })).toBe(2);
    expect(dynamicSigma(p, { ...t(), strongDn: true, z: 2 })).toBe(2.8);
  });
  it("adders raise (slope +0.3, VolZ +0.2) and the lunch −0.1 never lowers below the base", () => {
    expect(dynamicSigma(p, { ...t(), slopeTicks: -0.3 })).toBeCloseTo(2.3, 12);
    expect(dynamicSigma(p, { ...t(), volz: 1.6 })).toBeCloseTo(2.2, 12);
    expect(dynamicSigma(p, { ...t(), etMinute: 700 })).toBe(2);
    expect(dynamicSigma(p, { ...t(), etMinute: 700, slopeTicks: 0.3 })).toBeCloseTo(2.2, 12);
  });
});

describe("prices", () => {
  const m = { close: 97.5, vwap: 100, sigma: 1, atr: 1, adr: Number.NaN, tick: 0.25, swingLow: 96.8, swingHigh: 98 };
  const out = (): EntryPlan => ({ side: 0, entry: 0, stop: 0, target: 0 });
  it("retest limit one tick better, structural stop, nearer target", () => {
    const o = out();
    expect(planPrices(S2Params.parse({}), 1, m, o)).toBe(true);
    expect(o).toEqual({ side: 1, entry: 97.25, stop: 96.75, target: 99.25 });
  });
  it("falls back to 0.25 ATR when the structural stop is not below the entry, at least a tick", () => {
    const o = out();
    planPrices(S2Params.parse({}), 1, { ...m, swingLow: 98, sigma: 0.1 }, o);
    expect(o.stop).toBe(97); // 97.25 − 0.25 × 1
  });
  it("pushes a VWAP target closer than 0.8 R to 0.9 R", () => {
    const o = out();
    planPrices(S2Params.parse({ entryMode: "market" }), 1, { ...m, vwap: 97.75, sigma: 0.1, swingLow: 96.5 }, o);
    expect(o).toMatchObject({ entry: 97.5, stop: 96.5, target: 98.5 }); // R 1 → 0.9 rounds to 98.5
  });
  it("rejects when the VWAP is closer than 0.25 × ADR", () => {
    expect(planPrices(S2Params.parse({}), 1, { ...m, adr: 11.1 }, out())).toBe(false);
    expect(planPrices(S2Params.parse({}), 1, { ...m, adr: 10.9 }, out())).toBe(true);
  });
});

describe("adaptive quantile table", () => {
  it("starts at 2, +0.02 when |z| reaches it, −0.01 otherwise, clamped to [1.5, 3.5]", () => {
    const q = new QuantileTable();
    q.update(1, 9, 2);
    expect(q.read(9)).toBeCloseTo(2.02, 12);
    q.update(2, 9, 0);
    expect(q.read(9)).toBeCloseTo(2.01, 12);
    for (let i = 3; i < 200; i++) q.update(i, 9, 0);
    expect(q.read(9)).toBe(1.5);
    for (let i = 200; i < 400; i++) q.update(i, 9, 100);
    expect(q.read(9)).toBe(3.5);
    expect(q.read(10)).toBe(2);
  });
  it("folds each bar in once: a repeated or older timestamp is ignored", () => {
    const q = new QuantileTable();
    q.update(5, 3, 9);
    q.update(5, 3, 9);
    q.update(4, 3, 9);
    expect(q.read(3)).toBeCloseTo(2.02, 12);
  });
});

describe("roll week", () => {
  it("Wednesday–Friday around the Thursday before the second Friday of Mar/Jun/Sep/Dec", () => {
    expect([20260310, 20260311, 20260312, 20260313, 20260316].map(isRollWeek)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(isRollWeek(20260611)).toBe(true); // June 2026: second Friday the 12th
    expect(isRollWeek(20260416)).toBe(false);
    expect(isRollWeek(20251211)).toBe(true); // Dec 2025: second Friday the 12th
  });
});
