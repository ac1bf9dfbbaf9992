import { describe, expect, it } from "vitest";
import { z } from "zod";
import { barsAt, barsFrom, flat } from "../strategy/__tests__/bars-fixture.js";
import { defineStrategy } from "../strategy/define-strategy.js";
import { Signal } from "../strategy/signal.js";
import { noFeatures, scripted } from "./__tests__/scripted.js";
import { NO_COSTS } from "./costs.js";
import { runBacktest } from "./engine.js";
import type { BacktestOptions } from "./options.js";

const free: BacktestOptions = { costs: NO_COSTS, schedule: false };
const at = (iso: string[]) => iso.map((s) => `2026-03-12T${s}:00Z`);

describe("market time in the engine", () => {
  it("flattens at the last bar of the session at its close when the strategy says so", () => {
    // 19:58Z = 15:58 ET (RTH); 20:00Z = 16:00 ET (PostRTH)
    const { bars, labels } = barsFrom("2026-03-12T19:58:00Z", flat(4, 100));
    const strategy = scripted({ 0: Signal.long() }, { flatten: "session" });
    const r = runBacktest({ strategy, bars, labels, features: noFeatures }, free);
    expect(r.trades[0]).toMatchObject({ entryIndex: 1, exitIndex: 1, exitReason: "session-end", session: "RTH" });
  });

  it("a session-end or trade-date-end flatten fills at the last bar's close rounded to the tick, less slippage", () => {
    // 19:58Z = 15:58 ET, 19:59Z the last RTH bar (close 100.6 → 100.5 on the tick); long out at 100.5 − 0.25
    const rth = barsFrom("2026-03-12T19:58:00Z", [
      [100, 100.5, 99.5, 100],
      [100, 100.75, 99.75, 100.6],
      [100.5, 100.75, 100.25, 100.5],
    ]);
    const s = runBacktest(
      { strategy: scripted({ 0: Signal.long() }, { flatten: "session" }), ...rth, features: noFeatures },
      { schedule: false },
    );
    expect(s.trades[0]).toMatchObject({
      entryPrice: 100.25,
      exitIndex: 1,
      exitPrice: 100.25,
      exitReason: "session-end",
    });
    expect(s.trades[0]?.pnl).toBe(-4.5);
    // 20:58Z = 16:58 ET, 20:59Z the trade date's last bar (close 99.9 → 100); short out at 100 + 0.25
    const day = barsAt(at(["20:58", "20:59", "22:00"]), [
      [100.5, 100.75, 100.25, 100.5],
      [100.25, 100.5, 99.75, 99.9],
      [99, 99.25, 98.75, 99],
    ]);
    const d = runBacktest(
      { strategy: scripted({ 0: Signal.short() }, { flatten: "trade-date" }), ...day, features: noFeatures },
      { schedule: false },
    );
    // sold at bar 1's open 100.25 − 0.25 = 100; bought back at 100.25: −1 tick = −$12.50 − $4.50 commission
    expect(d.trades[0]).toMatchObject({
      side: "short",
      entryPrice: 100,
      exitIndex: 1,
      exitPrice: 100.25,
      exitReason: "trade-date-end",
      pnl: -17,
    });
  });

  it("never fills while the market is closed; a pending order fills at the reopen", () => {
    const { bars, labels } = barsAt(at(["20:58", "20:59", "21:30", "22:00", "22:01"]), [
      [100, 100.5, 99.5, 100],
      [100, 100.5, 99.5, 100],
      [90, 90.5, 89.5, 90],
      [101, 101.5, 100.5, 101],
      [101, 101.5, 100.5, 101],
    ]);
    expect(Array.from(labels.open)).toEqual([1, 1, 0, 1, 1]);
    const r = runBacktest({ strategy: scripted({ 1: Signal.long() }), bars, labels, features: noFeatures }, free);
    expect(r.trades[0]).toMatchObject({ entryIndex: 3, entryPrice: 101, tradeDate: 20260313, session: "Overnight" });
    const d = runBacktest(
      { strategy: scripted({ 0: Signal.long() }), bars, labels, features: noFeatures },
      { ...free, flatten: "trade-date" },
    );
    expect(d.trades[0]).toMatchObject({ entryIndex: 1, exitIndex: 1, exitReason: "trade-date-end" });
  });

  it("per-session evaluation: entries only in that session, flat and orders cancelled at its end", () => {
    // 13:28Z = 09:28 ET (Overnight) … 19:59Z = 15:59 ET (last RTH bar), 20:00Z PostRTH
    const { bars, labels } = barsAt(
      at(["13:28", "13:29", "13:30", "13:31", "19:58", "19:59", "20:00", "20:01"]),
      flat(8, 100),
    );
    const strategy = scripted({
      0: Signal.long(),
      5: Signal.long({ entryType: "limit", entryPrice: 100 }),
      6: Signal.short(),
    });
    const rth = runBacktest({ strategy, bars, labels, features: noFeatures }, { ...free, evaluateSession: "RTH" });
    expect(rth.trades).toHaveLength(0);
    const s2 = scripted({ 0: Signal.long(), 2: Signal.short() });
    const r = runBacktest({ strategy: s2, bars, labels, features: noFeatures }, { ...free, evaluateSession: "RTH" });
    expect(r.trades.map((t) => [t.side, t.entryIndex, t.exitIndex, t.exitReason])).toEqual([
      ["short", 3, 5, "session-end"],
    ]);
    const on = runBacktest(
      { strategy: s2, bars, labels, features: noFeatures },
      { ...free, evaluateSession: "Overnight" },
    );
    expect(on.trades.map((t) => [t.side, t.entryIndex, t.exitIndex, t.exitReason])).toEqual([
      ["long", 1, 1, "session-end"],
    ]);
  });

  it("restricts entries to the registered sessions and the entry window", () => {
    const { bars, labels } = barsAt(at(["13:28", "13:29", "13:30", "13:31", "13:32"]), flat(5, 100));
    const s = scripted({ 0: Signal.long(), 2: Signal.exit(), 3: Signal.short() });
    const onlyOn = runBacktest(
      { strategy: s, bars, labels, features: noFeatures },
      { ...free, sessions: ["Overnight"] },
    );
    expect(onlyOn.trades.map((t) => t.side)).toEqual(["long"]);
    const windowed = runBacktest(
      { strategy: s, bars, labels, features: noFeatures },
      { ...free, entryFrom: Date.parse("2026-03-12T13:30:00Z") },
    );
    expect(windowed.trades.map((t) => t.side)).toEqual(["short"]);
  });

  it("calls decide only after the warm-up bars and trade dates", () => {
    const seen: number[] = [];
    const { bars, labels } = barsFrom("2026-03-12T14:00:00Z", flat(6, 100));
    runBacktest(
      { strategy: scripted({}, { warmup: 4 }), bars, labels, features: noFeatures },
      { ...free, onDecision: (i) => seen.push(i) },
    );
    expect(seen).toEqual([4, 5]);
    const dates = barsAt(at(["20:58", "20:59", "22:00", "22:01"]), flat(4, 100));
    const s = defineStrategy({
      id: "dates",
      apiVersion: 1,
      params: z.strictObject({}),
      features: [],
      warmup: { tradeDates: 1 },
      decide: () => Signal.hold(),
    });
    const got: number[] = [];
    const r = runBacktest({ strategy: s, ...dates, features: noFeatures }, { ...free, onDecision: (i) => got.push(i) });
    expect(got).toEqual([2, 3]);
    expect([r.firstDecision, ...r.tradeDates]).toEqual([2, 20260313]);
    const all = runBacktest({ strategy: scripted({}), ...dates, features: noFeatures }, free);
    expect(Array.from(all.tradeDates)).toEqual([20260312, 20260313]);
  });
});
