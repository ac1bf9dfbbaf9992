import { describe, expect, it } from "vitest";
import { history, position } from "./__tests__/fakes.js";
import { manage, swingExtreme } from "./manage.js";
import { createS6State } from "./state.js";

const TICK = 0.25;
// Newest first: the 5-bar swing low is 4998, the swing high 5004.
const bars = (close: number) =>
  history([
    { h: close + 0.5, l: close - 0.5, c: close },
    { h: 5004, l: 4999, c: 5001 },
    { h: 5003, l: 4998, c: 5000 },
    { h: 5002, l: 4999, c: 5000 },
    { h: 5001, l: 4999.5, c: 5000 },
    { h: 5010, l: 4990, c: 5000 },
  ]);

describe("S6 trade management", () => {
  it("finds the 5-bar swing", () => {
    expect(swingExtreme(bars(5001), 1, 5)).toBe(4998);
    expect(swingExtreme(bars(5001), -1, 5)).toBe(5004);
  });

  it("holds inside the window below 0.8 R", () => {
    const s = createS6State();
    expect(manage(s, position({}), bars(5003), false, TICK).kind).toBe("hold"); // R = 3/4 = 0.75
    expect(s.initialRisk).toBe(4);
  });

  it("trails to the 5-bar swing from 0.8 R, only ever tightening", () => {
    const s = createS6State();
    expect(manage(s, position({}), bars(5003.25), false, TICK)).toMatchObject({ kind: "modify", stop: 4998 });
    // The R unit stays the initial risk after the stop moved, and a looser trail is refused.
    expect(manage(s, position({ stop: 4998 }), bars(5003.25), false, TICK).kind).toBe("hold");
    expect(manage(s, position({ stop: 4999 }), bars(5004), false, TICK).kind).toBe("hold");
    expect(s.initialRisk).toBe(4);
  });

  it("at the first bar after the window: to entry + 1 tick in profit, else to the swing", () => {
    const s = createS6State();
    expect(manage(s, position({}), bars(5001), true, TICK)).toMatchObject({ stop: 5000.25 });
    // once per position
    expect(manage(s, position({ stop: 5000.25 }), bars(5001), true, TICK).kind).toBe("hold");
    const t = createS6State();
    expect(manage(t, position({}), bars(4999), true, TICK)).toMatchObject({ stop: 4998 });
    // a new position (new entry time) gets its own adjustment
    expect(manage(t, position({ entryTime: 2_000 }), bars(5001), true, TICK)).toMatchObject({ stop: 5000.25 });
  });

  it("shorts mirror, and a stop is never placed through the close", () => {
    const s = createS6State();
    const short = position({ side: -1, entryPrice: 5000, stop: 5004, target: 4994 });
    // R = 3.5 / 4: the trail goes to the swing high 5004, which is not tighter than the stop → hold
    expect(manage(s, short, bars(4996.5), false, TICK).kind).toBe("hold");
    const r = createS6State();
    const deep = position({ side: -1, entryPrice: 5008, stop: 5012, target: 4990 });
    expect(manage(r, deep, bars(4996.5), false, TICK)).toMatchObject({ kind: "modify", stop: 5004 });
    const u = createS6State();
    expect(manage(u, short, bars(4999), true, TICK)).toMatchObject({ kind: "modify", stop: 4999.75 });
    const v = createS6State();
    // in loss at the window end: swing high 5004 is not tighter than the stop 5004 → hold
    expect(manage(v, short, bars(5002), true, TICK).kind).toBe("hold");
    const w = createS6State();
    // long in profit by less than a tick's worth? entry + 1 tick equals the close → not protective → hold
    expect(manage(w, position({}), bars(5000.25), true, TICK).kind).toBe("hold");
  });
});
