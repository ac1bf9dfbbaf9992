import { describe, expect, it } from "vitest";
import { cmeClock, et, wall } from "./__fixtures__/et.js";
import { type ClockEvent, ClockEventSource } from "./clock-events.js";
import { ManualTimeSource } from "./time-source.js";

function recorder(start: string) {
  const time = new ManualTimeSource(et(start));
  const seen: string[] = [];
  const source = new ClockEventSource(cmeClock(), time, (e: ClockEvent) => {
    expect(time.now()).toBeGreaterThanOrEqual(e.at);
    seen.push(`${wall(e.at)} ${e.type}${e.type === "trade-date-roll" ? ` ${e.state.tradeDate}` : ""}`);
  });
  return { time, seen, source };
}

describe("ClockEventSource", () => {
  it("emits session changes, close, maintenance and the trade-date roll of a normal day", () => {
    const { time, seen, source } = recorder("2025-03-19T08:00");
    source.start();
    time.advanceTo(et("2025-03-20T10:00"));
    expect(seen).toEqual([
      "2025-03-19 09:30 session-change",
      "2025-03-19 16:00 session-change",
      "2025-03-19 17:00 session-close",
      "2025-03-19 17:00 maintenance-start",
      "2025-03-19 18:00 maintenance-end",
      "2025-03-19 18:00 trade-date-roll 2025-03-20",
      "2025-03-19 18:00 session-open",
      "2025-03-20 09:30 session-change",
    ]);
    expect(time.scheduled).toBe(1);
  });

  it("emits nothing across the weekend until Sunday's open; a holiday halt has no maintenance", () => {
    const { time, seen, source } = recorder("2025-01-17T16:30");
    source.start();
    time.advanceTo(et("2025-01-20T18:30"));
    expect(seen).toEqual([
      "2025-01-17 17:00 session-close",
      "2025-01-19 18:00 trade-date-roll 2025-01-20",
      "2025-01-19 18:00 session-open",
      "2025-01-20 09:30 session-change",
      "2025-01-20 13:00 session-close",
      "2025-01-20 18:00 trade-date-roll 2025-01-21",
      "2025-01-20 18:00 session-open",
    ]);
  });

  it("catches up missed events in order after a late wake-up", () => {
    let now = et("2025-03-19T08:00");
    const wakeUps: (() => void)[] = [];
    const seen: string[] = [];
    const late = {
      now: () => now,
      schedule: (_at: number, fn: () => void) => {
        wakeUps.push(fn);
        return () => {};
      },
    };
    const source = new ClockEventSource(cmeClock(), late, (e) => seen.push(`${wall(e.at)} ${e.type}`));
    source.start();
    now = et("2025-03-19T18:30"); // the machine slept through the afternoon
    wakeUps.shift()!();
    expect(seen).toEqual([
      "2025-03-19 09:30 session-change",
      "2025-03-19 16:00 session-change",
      "2025-03-19 17:00 session-close",
      "2025-03-19 17:00 maintenance-start",
      "2025-03-19 18:00 maintenance-end",
      "2025-03-19 18:00 trade-date-roll",
      "2025-03-19 18:00 session-open",
    ]);
    expect(wakeUps.length).toBe(1);
  });

  it("stops when asked", () => {
    const { time, seen, source } = recorder("2025-03-19T08:00");
    source.start();
    time.advanceTo(et("2025-03-19T10:00"));
    source.stop();
    expect(source.running).toBe(false);
    expect(time.scheduled).toBe(0);
    time.advanceTo(et("2025-03-21T00:00"));
    expect(seen).toEqual(["2025-03-19 09:30 session-change"]);
  });

  it("keeps running when a listener throws", () => {
    const time = new ManualTimeSource(et("2025-03-19T09:00"));
    let calls = 0;
    const source = new ClockEventSource(cmeClock(), time, () => {
      calls++;
      throw new Error("listener failed");
    });
    source.start();
    expect(() => time.advanceTo(et("2025-03-19T09:45"))).toThrow("listener failed");
    expect(source.running).toBe(true);
    expect(time.scheduled).toBe(1);
    expect(() => time.advanceTo(et("2025-03-19T16:30"))).toThrow("listener failed");
    expect(calls).toBe(2);
  });

  it("nextEvents looks ahead without a time source", () => {
    const { source } = recorder("2025-03-19T08:00");
    expect(source.nextEvents(et("2025-04-17T17:30")).map((e) => `${wall(e.at)} ${e.type}`)).toEqual([
      "2025-04-20 18:00 trade-date-roll",
      "2025-04-20 18:00 session-open",
    ]);
  });
});
