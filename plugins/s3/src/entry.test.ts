import { describe, expect, it } from "vitest";
import { quiet, scenario } from "./__tests__/scenario.js";
import { attemptCap, confirmEntry, emitEntry } from "./entry.js";
import { Bracket } from "./levels.js";
import { S3Params } from "./params.js";
import { rollAttempts } from "./state.js";

const p = S3Params.parse({});
const bracket = Object.assign(new Bracket(), { entry: 5002, stop: 4997.25, target1: 5007.75, target2: 5012.5 });

describe("attempts, segment and cooldown bookkeeping", () => {
  it("caps by session (RTH vs the rest) and resets per trade date and session", () => {
    // 2026-04-14 09:29 ET (Overnight) then 09:30 (RTH)
    const s = scenario(quiet(3), {}, "2026-04-14T13:29:00Z").context();
    expect(attemptCap(s.at(0), { ...p, attemptCapOvernight: 1, attemptCapRTH: 2 })).toBe(1);
    expect(attemptCap(s.at(1), { ...p, attemptCapOvernight: 1, attemptCapRTH: 2 })).toBe(2);
    rollAttempts(s.state, 20260414, 0);
    s.state.attemptsLong = 1;
    rollAttempts(s.state, 20260414, 0);
    expect(s.state.attemptsLong).toBe(1);
    rollAttempts(s.state, 20260414, 1);
    expect(s.state.attemptsLong).toBe(0);
    s.state.attemptsShort = 2;
    rollAttempts(s.state, 20260415, 1);
    expect(s.state.attemptsShort).toBe(0);
  });

  it("charges one attempt per entry signal and keys the segment and cooldown by timestamps", () => {
    const s = scenario(quiet(3)).context();
    const ctx = s.at(1);
    rollAttempts(s.state, ctx.labels.tradeDate, ctx.labels.session);
    const sig = emitEntry(ctx, p, s.state, 1, bracket, 12345, "limit", "box");
    expect(sig).toMatchObject({
      kind: "long",
      entryType: "limit",
      entryPrice: 5002,
      validityBars: 3,
      timeStopBars: 45,
    });
    expect(s.state).toMatchObject({
      attemptsLong: 1,
      attemptsShort: 0,
      usedSegmentStart: 12345,
      lastSignalTime: ctx.bar.time,
    });
  });

  it("rolls the charge back when the engine dropped the order, keeps it when the order is working", () => {
    const s = scenario(quiet(3)).context();
    const ctx = s.at(1);
    rollAttempts(s.state, ctx.labels.tradeDate, ctx.labels.session);
    s.state.usedSegmentStart = 111;
    s.state.lastSignalTime = 222;
    emitEntry(ctx, p, s.state, -1, bracket, 999, "market", "kc");
    expect(s.state.attemptsShort).toBe(1);
    // next bar: flat, no working order, no trade filled → dropped
    confirmEntry(s.at(2), s.state);
    expect(s.state).toMatchObject({ attemptsShort: 0, usedSegmentStart: 111, lastSignalTime: 222, confirmSide: 0 });
    // accepted: the order is working
    emitEntry(s.at(1), p, s.state, -1, bracket, 999, "market", "kc");
    s.position.hasPendingEntry = true;
    confirmEntry(s.at(2), s.state);
    expect(s.state).toMatchObject({ attemptsShort: 1, usedSegmentStart: 999, confirmSide: 0 });
    // accepted: filled and already closed within the next bar
    s.position.hasPendingEntry = false;
    emitEntry(s.at(1), p, s.state, 1, bracket, 1000, "market", "box");
    s.position.tradesThisTradeDate = 1;
    confirmEntry(s.at(2), s.state);
    expect(s.state).toMatchObject({ attemptsLong: 1, usedSegmentStart: 1000 });
  });
});
