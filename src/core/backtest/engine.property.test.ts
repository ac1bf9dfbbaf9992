import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createBars } from "../data/bars-ops.js";
import { labelBars } from "../market-time/default-clock.js";
import { defineStrategy } from "../strategy/define-strategy.js";
import { type EntryInit, Signal } from "../strategy/signal.js";
import { noFeatures } from "./__tests__/scripted.js";
import { runBacktest } from "./engine.js";

const TICK = 0.25;
const T0 = Date.parse("2026-03-12T14:00:00Z"); // 10:00 ET: 100 bars stay inside RTH

interface Step {
  readonly at: number;
  readonly kind: "entry" | "exit";
  readonly long: boolean;
  readonly type: "market" | "limit" | "stop";
  readonly offset: number;
  readonly stop: number;
  readonly target: number;
  readonly target2: number;
  readonly qty: number;
  readonly time: number;
}

const stepArb = fc.record({
  at: fc.integer({ min: 0, max: 59 }),
  kind: fc.constantFrom("entry", "entry", "exit"),
  long: fc.boolean(),
  type: fc.constantFrom("market", "limit", "stop"),
  offset: fc.integer({ min: 1, max: 6 }),
  stop: fc.integer({ min: 0, max: 12 }),
  target: fc.integer({ min: 0, max: 16 }),
  target2: fc.integer({ min: 0, max: 8 }),
  qty: fc.integer({ min: 1, max: 4 }),
  time: fc.integer({ min: 0, max: 6 }),
}) as fc.Arbitrary<Step>;

/** A random walk on the tick grid: [open, high, low, close] in ticks, with gaps. */
const pathArb = fc.array(
  fc.record({
    gap: fc.integer({ min: -6, max: 6 }),
    move: fc.integer({ min: -8, max: 8 }),
    up: fc.nat(6),
    down: fc.nat(6),
  }),
  { minLength: 60, maxLength: 100 },
);

function makeBars(path: readonly { gap: number; move: number; up: number; down: number }[], mirror: boolean) {
  const n = path.length;
  const c = () => new Float64Array(n);
  const [time, open, high, low, close, volume] = [c(), c(), c(), c(), c(), c()];
  let last = 20_000; // ticks (5000.00)
  const px = (ticks: number) => (mirror ? 40_000 - ticks : ticks) * TICK;
  path.forEach((p, i) => {
    const o = last + p.gap;
    const cl = o + p.move;
    const h = Math.max(o, cl) + p.up;
    const l = Math.min(o, cl) - p.down;
    time[i] = T0 + i * 60_000;
    open[i] = px(o);
    close[i] = px(cl);
    high[i] = mirror ? px(l) : px(h);
    low[i] = mirror ? px(h) : px(l);
    volume[i] = 10;
    last = cl;
  });
  return { bars: createBars({ symbol: "ES", time, open, high, low, close, volume }), labels: labelBars(time) };
}

function strategyOf(steps: readonly Step[], mirror: boolean) {
  const byIndex = new Map<number, Step>();
  for (const s of steps) byIndex.set(s.at, s);
  return defineStrategy({
    id: "prop",
    apiVersion: 1,
    params: z.strictObject({}),
    features: [],
    warmup: 0,
    decide(ctx) {
      const s = byIndex.get(ctx.bar.index);
      if (s === undefined) return Signal.hold();
      if (s.kind === "exit") return Signal.exit();
      const long = mirror ? !s.long : s.long;
      const dir = long ? 1 : -1;
      const init: EntryInit = {
        entryType: s.type,
        qty: s.qty,
        validityBars: 3,
        ...(s.type !== "market" && { entryPrice: ctx.bar.close + (s.type === "limit" ? -dir : dir) * s.offset * TICK }),
        ...(s.stop > 0 && { stopTicks: s.stop }),
        ...(s.target > 0 && { targetTicks: s.target }),
        ...(s.target > 0 && s.target2 > 0 && { targetTicks: s.target, target2Ticks: s.target + s.target2 }),
        ...(s.time > 0 && { timeStopBars: s.time }),
      };
      return long ? Signal.long(init) : Signal.short(init);
    },
  });
}

const run = (path: Parameters<typeof makeBars>[0], steps: readonly Step[], mirror: boolean, favorable = false) =>
  runBacktest(
    { strategy: strategyOf(steps, mirror), ...makeBars(path, mirror), features: noFeatures },
    { schedule: false, intrabar: favorable ? "favorable-first" : "adverse-first" },
  );

describe("backtest accounting (properties)", () => {
  it("sum of trade P&L equals the equity change; fills lie on the tick grid; trades never overlap", () => {
    fc.assert(
      fc.property(pathArb, fc.array(stepArb, { minLength: 5, maxLength: 40 }), fc.boolean(), (path, steps, fav) => {
        const r = run(path, steps, false, fav);
        const sum = r.trades.reduce((a, t) => a + t.pnl, 0);
        expect(r.finalEquity - r.startingEquity).toBeCloseTo(sum, 6);
        expect(r.equity?.[r.bars - 1]).toBeCloseTo(r.finalEquity, 6);
        let lastExit = -1;
        for (const t of r.trades) {
          expect(Number.isInteger(t.entryPrice / TICK)).toBe(true);
          expect(t.entryIndex).toBeGreaterThanOrEqual(lastExit);
          expect(t.exitIndex).toBeGreaterThanOrEqual(t.entryIndex);
          expect(t.pnl).toBeCloseTo(t.grossPnl - t.commission, 9);
          expect(t.commission).toBeCloseTo(2 * 2.25 * t.qty, 9);
          lastExit = t.exitIndex;
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("long/short mirror symmetry: mirrored prices and sides give the same P&L trade by trade", () => {
    fc.assert(
      fc.property(pathArb, fc.array(stepArb, { minLength: 5, maxLength: 40 }), (path, steps) => {
        const a = run(path, steps, false);
        const b = run(path, steps, true);
        expect(b.trades.length).toBe(a.trades.length);
        a.trades.forEach((t, k) => {
          const m = b.trades[k];
          expect(m?.side).toBe(t.side === "long" ? "short" : "long");
          expect([m?.entryIndex, m?.exitIndex, m?.exitReason, m?.qty]).toEqual([
            t.entryIndex,
            t.exitIndex,
            t.exitReason,
            t.qty,
          ]);
          expect(m?.pnl).toBeCloseTo(t.pnl, 6);
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
