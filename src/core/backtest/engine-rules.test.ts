import { describe, expect, it } from "vitest";
import { z } from "zod";
import { barsFrom, flat } from "../strategy/__tests__/bars-fixture.js";
import { defineStrategy } from "../strategy/define-strategy.js";
import { Signal } from "../strategy/signal.js";
import { noFeatures, scripted } from "./__tests__/scripted.js";
import { NO_COSTS } from "./costs.js";
import { runBacktest } from "./engine.js";
import type { BacktestOptions } from "./options.js";

const free: BacktestOptions = { costs: NO_COSTS, schedule: false };

describe("sizing, schedule, hooks and guard", () => {
  // 13:45Z = 09:45 ET OpeningDrive (S6 × 1.2); 14:30Z = 10:30 ET MorningTrend (no S6)
  const od = () => barsFrom("2026-03-12T13:45:00Z", flat(3, 100));
  it("applies the SPEC §5 schedule: blocks unlisted segments and multiplies the size", () => {
    const s6 = (qty: number) => scripted({ 0: Signal.long({ qty }) }, { id: "S6" });
    const c = { costs: NO_COSTS };
    expect(runBacktest({ strategy: s6(2), ...od(), features: noFeatures }, c).trades[0]?.qty).toBe(2);
    expect(runBacktest({ strategy: s6(5), ...od(), features: noFeatures }, c).trades[0]?.qty).toBe(6);
    const mt = barsFrom("2026-03-12T14:30:00Z", flat(3, 100));
    expect(runBacktest({ strategy: s6(1), ...mt, features: noFeatures }, c).trades).toHaveLength(0);
  });

  it("risk-per-trade sizing uses the point value; zero contracts skips the entry", () => {
    const s = scripted({ 0: Signal.long({ stop: 98 }) });
    const risk = (riskPerTrade: number, symbol: "ES" | "MES") => {
      const { bars, labels } = barsFrom("2026-03-12T14:00:00Z", flat(3, 100), symbol);
      return runBacktest(
        { strategy: s, bars, labels, features: noFeatures },
        { ...free, sizing: { mode: "risk", riskPerTrade } },
      );
    };
    expect(risk(500, "ES").trades[0]?.qty).toBe(5);
    expect(risk(500, "MES").trades[0]?.qty).toBe(50);
    const none = risk(50, "ES");
    expect([none.trades.length, none.skippedEntries]).toEqual([0, 1]);
  });

  it("passes signals through the signal hook (veto) and sizes through the sizing hook", () => {
    const s = scripted({ 0: Signal.long({ stop: 99 }) });
    const vetoed = runBacktest(
      { strategy: s, ...od(), features: noFeatures },
      { ...free, hooks: { signal: (ctx) => ({ ...ctx, signal: Signal.hold() }) } },
    );
    expect(vetoed.trades).toHaveLength(0);
    const seen: unknown[] = [];
    const sized = runBacktest(
      { strategy: s, ...od(), features: noFeatures },
      {
        ...free,
        hooks: {
          sizing: (ctx) => {
            seen.push([ctx.qty, ctx.pointValue, ctx.entryPrice, ctx.stopPrice, ctx.equity]);
            return { ...ctx, qty: 7 };
          },
        },
      },
    );
    expect(seen).toEqual([[1, 50, 100, 99, 50_000]]);
    expect(sized.trades[0]?.qty).toBe(7);
  });

  it("guarded mode rejects a broken signal; decide failures are tagged with the strategy", () => {
    const bad = scripted({ 1: Signal.long({ stop: 101 }) }, { id: "Bad" });
    expect(() => runBacktest({ strategy: bad, ...od(), features: noFeatures }, { ...free, guard: true })).toThrow(
      /strategy Bad: signal.stop 101 must be below/,
    );
    const unguarded = runBacktest({ strategy: bad, ...od(), features: noFeatures }, free);
    expect(unguarded.trades[0]).toMatchObject({ exitReason: "stop", entryIndex: 2, exitIndex: 2 });
    const thrower = defineStrategy({
      id: "Boom",
      apiVersion: 1,
      params: z.strictObject({}),
      features: [],
      warmup: 0,
      decide: () => {
        throw new Error("kaput");
      },
    });
    expect(() => runBacktest({ strategy: thrower, ...od(), features: noFeatures }, free)).toThrow(
      /strategy Boom: decide threw at bar 0 .*kaput/,
    );
  });

  it("refuses bad options with SK_BACKTEST_INPUT", () => {
    const s = scripted({});
    expect(() => runBacktest({ strategy: s, ...od(), features: noFeatures }, { startingEquity: -1 })).toThrow(
      /startingEquity must be a positive number/,
    );
    expect(() =>
      runBacktest({ strategy: s, ...od(), features: noFeatures }, { sizing: { mode: "fixed", qty: 0 } }),
    ).toThrow(/sizing.qty/);
  });
});
