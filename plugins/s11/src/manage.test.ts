import { describe, expect, it } from "vitest";
import { history, position } from "./__tests__/fakes.js";
import { manage, type S11PositionState } from "./manage.js";

const TICK = 0.25;
const fresh = (): S11PositionState => ({ posEntryTime: Number.NaN, initialRisk: Number.NaN });
const bars = (close: number) =>
  history([
    { h: close + 0.5, l: close - 0.5, c: close },
    { h: 5004, l: 4999, c: 5001 },
    { h: 5003, l: 4998, c: 5000 },
    { h: 5002, l: 4999, c: 5000 },
    { h: 5001, l: 4999.5, c: 5000 },
    { h: 5010, l: 4990, c: 5000 },
  ]);

describe("S11 trade management", () => {
  it("holds below 0.5 R, trails the 5-bar swing from 0.5 R, measuring R by the initial stop", () => {
    const s = fresh();
    expect(manage(s, position({}), bars(5001.75), TICK).kind).toBe("hold"); // R = 1.75/4
    expect(manage(s, position({}), bars(5002), TICK)).toMatchObject({ kind: "modify", stop: 4998 });
    expect(manage(s, position({ stop: 4998 }), bars(5002), TICK).kind).toBe("hold");
    expect(s.initialRisk).toBe(4);
  });

  it("never loosens the stop nor places it through the close; shorts mirror; a new position resets R", () => {
    const s = fresh();
    expect(manage(s, position({ stop: 4999 }), bars(5003), TICK).kind).toBe("hold");
    const short = position({ side: -1, entryPrice: 5010, stop: 5014, entryTime: 2_000 });
    // the current bar's high 5006.5 is the 5-bar swing high
    expect(manage(s, short, bars(5006), TICK)).toMatchObject({ kind: "modify", stop: 5006.5 });
    expect(s.initialRisk).toBe(4);
    const deep = position({ side: -1, entryPrice: 5005, stop: 5003.75, entryTime: 3_000 });
    expect(manage(s, deep, bars(5002), TICK).kind).toBe("hold"); // swing high 5004 is looser than 5003.75
  });
});
