import { describe, expect, it } from "vitest";
import { barsFrom, flat, type Ohlc } from "../strategy/__tests__/bars-fixture.js";
import { Signal } from "../strategy/signal.js";
import { noFeatures, scripted } from "./__tests__/scripted.js";
import { NO_COSTS } from "./costs.js";
import { runBacktest } from "./engine.js";
import type { BacktestOptions } from "./options.js";

// 2026-03-12 14:00 UTC = 10:00 ET (RTH, MorningTrend)
const T0 = "2026-03-12T14:00:00Z";
const free: BacktestOptions = { costs: NO_COSTS, schedule: false };

function run(rows: readonly Ohlc[], script: Record<number, Signal>, opts: BacktestOptions = free, start = T0) {
  const { bars, labels } = barsFrom(start, rows);
  return runBacktest({ strategy: scripted(script), bars, labels, features: noFeatures }, opts);
}

describe("fills (hand-computed, ES: $50/pt, tick 0.25)", () => {
  it("market entry fills at the next open; target fills at its price", () => {
    const r = run(
      [
        [100, 101, 99, 100],
        [100.5, 101, 100, 100.75],
        [100.75, 103, 100.5, 102.5],
      ],
      { 0: Signal.long({ stop: 99, target: 102 }) },
    );
    expect(r.trades).toHaveLength(1);
    expect(r.trades[0]).toMatchObject({
      side: "long",
      entryIndex: 1,
      entryPrice: 100.5,
      exitIndex: 2,
      exitPrice: 102,
      exitReason: "target",
      pnl: 75,
      barsHeld: 1,
      risk: 75,
    });
    expect(r.finalEquity).toBe(50_075);
  });

  it("charges commission per contract per side and slippage ticks on market-type fills only", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100.5, 101, 100, 100.75],
      [100.75, 103, 100.5, 102.5],
    ];
    const r = run(rows, { 0: Signal.long({ stop: 99, target: 102, qty: 2 }) }, { schedule: false });
    // entry 100.5 + 1 tick = 100.75 (market); target 102 (limit, no slippage); 2 × 2.25 × 2 sides = 9
    expect(r.trades[0]).toMatchObject({ entryPrice: 100.75, exitPrice: 102, grossPnl: 125, commission: 9, pnl: 116 });
    expect(r.trades[0]?.slippage).toBe(25);
    expect(r.trades[0]?.costs).toBe(34);
  });

  it("a stop gapped through fills at the open (worse than the stop), with slippage", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100, 100.5, 99.5, 100],
      [98, 98.5, 97.5, 98],
    ];
    const r = run(rows, { 0: Signal.long({ stop: 99 }) }, { schedule: false });
    expect(r.trades[0]).toMatchObject({ entryPrice: 100.25, exitPrice: 97.75, exitReason: "stop", exitIndex: 2 });
    expect(r.trades[0]?.pnl).toBe((97.75 - 100.25) * 50 - 4.5);
  });

  it("short: a target gapped through fills at the open (better than the target)", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100, 100.5, 99.5, 100],
      [97, 97.5, 96.5, 97],
    ];
    const r = run(rows, { 0: Signal.short({ stop: 101, target: 98 }) });
    expect(r.trades[0]).toMatchObject({
      side: "short",
      entryPrice: 100,
      exitPrice: 97,
      exitReason: "target",
      pnl: 150,
    });
  });

  it("stop and target inside one bar: adverse first by default, favorable first when configured", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100, 100.5, 99.5, 100],
      [100, 102, 98, 100],
    ];
    const sig = { 0: Signal.long({ stop: 99, target: 101 }) };
    expect(run(rows, sig).trades[0]).toMatchObject({ exitReason: "stop", exitPrice: 99, pnl: -50 });
    expect(run(rows, sig, { ...free, intrabar: "favorable-first" }).trades[0]).toMatchObject({
      exitReason: "target",
      exitPrice: 101,
      pnl: 50,
    });
  });

  it("limit entry: fills when touched within validity, at the open on a gap, else expires", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100, 100.5, 99.75, 100],
      [100, 100.25, 99.25, 99.5],
      [99.5, 100, 99, 99.75],
    ];
    const touched = run(rows, { 0: Signal.long({ entryType: "limit", entryPrice: 99.5, validityBars: 2 }) });
    expect(touched.trades[0]).toMatchObject({
      entryIndex: 2,
      entryPrice: 99.5,
      exitReason: "end-of-data",
      exitPrice: 99.75,
    });
    const expired = run(rows, { 0: Signal.long({ entryType: "limit", entryPrice: 99.5, validityBars: 1 }) });
    expect(expired.trades).toHaveLength(0);
    const gap = run(rows, { 2: Signal.long({ entryType: "limit", entryPrice: 99.75 }) });
    expect(gap.trades[0]).toMatchObject({ entryIndex: 3, entryPrice: 99.5 });
  });

  it("stop entry: fills at the stop price (plus slippage) when the bar trades through it", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100, 100.75, 99.75, 100.5],
      [100.5, 101.5, 100.25, 101.25],
    ];
    const r = run(
      rows,
      { 0: Signal.long({ entryType: "stop", entryPrice: 101, validityBars: 3 }) },
      { schedule: false },
    );
    expect(r.trades[0]).toMatchObject({ entryIndex: 2, entryPrice: 101.25 });
    const s = run(rows, { 0: Signal.short({ entryType: "stop", entryPrice: 99.5, validityBars: 2 }) });
    expect(s.trades).toHaveLength(0);
  });

  it("stop entry gapped through: fills at the open (worse than the stop price), with slippage", () => {
    const rows: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [101.5, 102, 101.25, 101.75],
      [101.75, 102, 101.5, 101.75],
    ];
    // buy stop 101: bar 1 opens at 101.5, already through it → 101.5 + 1 tick = 101.75 (not 101 + 1 tick)
    const long = run(rows, { 0: Signal.long({ entryType: "stop", entryPrice: 101 }) }, { schedule: false });
    expect(long.trades[0]).toMatchObject({ entryIndex: 1, entryPrice: 101.75 });
    const down: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [99, 99.25, 98.5, 98.75],
      [98.75, 99, 98.5, 98.75],
    ];
    // sell stop 99.5: bar 1 opens at 99 → 99 − 1 tick = 98.75
    const short = run(down, { 0: Signal.short({ entryType: "stop", entryPrice: 99.5 }) }, { schedule: false });
    expect(short.trades[0]).toMatchObject({ side: "short", entryIndex: 1, entryPrice: 98.75 });
  });

  it("short: a stop gapped through fills at the open (worse than the stop), with slippage", () => {
    const rows: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [100, 100.5, 99.5, 100],
      [102, 102.5, 101.5, 102],
    ];
    // sold at 100 − 1 tick = 99.75; stop 101 gapped: bought back at 102 + 1 tick = 102.25
    const r = run(rows, { 0: Signal.short({ stop: 101 }) }, { schedule: false });
    expect(r.trades[0]).toMatchObject({
      side: "short",
      entryPrice: 99.75,
      exitIndex: 2,
      exitPrice: 102.25,
      exitReason: "stop",
      grossPnl: -125,
      pnl: -129.5,
    });
  });

  it("an intrabar entry fill checks only the stop on its own bar (adverse-first)", () => {
    const rows: Ohlc[] = [
      [100, 101, 99, 100],
      [100, 102, 98, 101],
      [101, 101.25, 100.75, 101],
    ];
    const sig = { 0: Signal.long({ entryType: "limit", entryPrice: 99.5, stop: 98.5, target: 101 }) };
    expect(run(rows, sig).trades[0]).toMatchObject({
      entryIndex: 1,
      exitIndex: 1,
      exitReason: "stop",
      exitPrice: 98.5,
    });
  });

  it("rounds stops and targets to the tick (half away from zero)", () => {
    const rows: Ohlc[] = [[100, 101, 99, 100], ...flat(3, 100)];
    const r = run(rows, { 0: Signal.long({ stop: 99.13, target: 101.37 }), 1: Signal.exit() });
    expect(r.trades[0]?.risk).toBe((100 - 99.25) * 50);
    const st = run(rows, { 0: Signal.long({ stopTicks: 3, targetTicks: 5 }) }, free);
    expect(st.trades[0]?.risk).toBe(0.75 * 50);
  });

  it("scales out at target 1 and exits the rest at target 2", () => {
    const rows: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [100, 100.5, 99.5, 100],
      [100, 101.25, 99.75, 101],
      [101, 102.5, 100.5, 102],
    ];
    const r = run(rows, { 0: Signal.long({ qty: 3, stop: 99, target: 101, target2: 102, scaleOut: 0.34 }) });
    // 1 contract at 101 (+1 pt), 2 at 102 (+2 pts each) = 5 pts = $250
    expect(r.trades[0]).toMatchObject({ qty: 3, exits: 2, exitReason: "target2", pnl: 250 });
    expect(r.trades[0]?.exitPrice).toBeCloseTo((101 + 2 * 102) / 3, 12);
  });

  it("single-contract mode: with one contract target 1 moves the stop to break-even and the target to target 2", () => {
    const sig = { 0: Signal.long({ stop: 99, target: 101, target2: 102 }) };
    const head: Ohlc[] = [
      [100, 100.5, 99.5, 100],
      [100, 100.5, 99.5, 100],
      [100.25, 101.25, 100.25, 101], // T1 101 touched: nothing closes, stop 99 → 100 (the fill)
    ];
    // then target 2: the one contract exits there, +2 pts = $100
    const t2 = run([...head, [101, 102.5, 100.5, 102]], sig);
    expect(t2.trades[0]).toMatchObject({
      qty: 1,
      exits: 1,
      exitIndex: 3,
      exitPrice: 102,
      exitReason: "target2",
      pnl: 100,
    });
    // or back to the break-even stop: out at the fill price, $0
    const be = run([...head, [101, 101.5, 99.75, 100]], sig);
    expect(be.trades[0]).toMatchObject({ exitIndex: 3, exitPrice: 100, exitReason: "stop", pnl: 0 });
    // T1 and the break-even stop in one bar: adverse first takes the stop, favorable first target 2
    const both: Ohlc[] = [...head.slice(0, 2), [100.25, 102.25, 99.75, 101]];
    expect(run(both, sig).trades[0]).toMatchObject({ exitIndex: 2, exitPrice: 100, exitReason: "stop" });
    expect(run(both, sig, { ...free, intrabar: "favorable-first" }).trades[0]).toMatchObject({
      exitIndex: 2,
      exitPrice: 102,
      exitReason: "target2",
    });
    // a stop already beyond break-even is not loosened
    const trailed = run([...head.slice(0, 2), [100.5, 101.25, 100.5, 101], [101, 101.5, 100.25, 100.5]], {
      ...sig,
      1: Signal.modify({ stop: 100.25 }),
    });
    expect(trailed.trades[0]).toMatchObject({ exitIndex: 3, exitPrice: 100.25, exitReason: "stop", pnl: 12.5 });
  });

  it("time stop N holds exactly N bars (filled at bar e's open, closed at bar e + N's open); exit signal at the next open", () => {
    const rows: Ohlc[] = [[100, 100.5, 99.5, 100], ...flat(3, 100), [101, 101.5, 100.5, 101], [102, 102.5, 101.5, 102]];
    // filled at bar 1's open (100); N = 3 closes at bar 4's open (101), N = 1 at bar 2's open
    const t = run(rows, { 0: Signal.long({ timeStopBars: 3 }) });
    expect(t.trades[0]).toMatchObject({ entryIndex: 1, exitIndex: 4, exitPrice: 101, exitReason: "time", barsHeld: 3 });
    for (const n of [1, 2, 4]) {
      expect(run(rows, { 0: Signal.long({ timeStopBars: n }) }).trades[0]).toMatchObject({
        exitIndex: 1 + n,
        barsHeld: n,
        exitReason: "time",
      });
    }
    // a limit entry filled inside bar 1 counts bar 1 as its first bar too
    const lim = run(rows, { 0: Signal.long({ entryType: "limit", entryPrice: 99.75, timeStopBars: 2 }) });
    expect(lim.trades[0]).toMatchObject({ entryIndex: 1, entryPrice: 99.75, exitIndex: 3, exitReason: "time" });
    const x = run(rows, { 0: Signal.short(), 4: Signal.exit({ tag: "done" }) });
    expect(x.trades[0]).toMatchObject({ exitIndex: 5, exitPrice: 102, exitReason: "signal", pnl: -100 });
  });

  it("modify moves the working stop (trailing)", () => {
    const rows: Ohlc[] = [[100, 100.5, 99.5, 100], ...flat(1, 100), [100, 102, 100, 102], [102, 102, 100.5, 101]];
    const r = run(rows, { 0: Signal.long({ stop: 99 }), 2: Signal.modify({ stop: 101 }) });
    expect(r.trades[0]).toMatchObject({ exitIndex: 3, exitPrice: 101, exitReason: "stop", pnl: 50 });
  });
});
