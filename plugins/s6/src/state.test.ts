import { describe, expect, it } from "vitest";
import { createS6State, minuteOfSession, updateGap } from "./state.js";

const ON_END = 9 * 60 + 28;
const RTH = 9 * 60 + 30;
const OVERNIGHT = 0;
const RTH_SESSION = 1;

describe("S6 gap per trade date", () => {
  it("uses the last close before 09:28 over the whole overnight, then the first RTH open", () => {
    const s = createS6State();
    updateGap(s, 20260312, OVERNIGHT, 18 * 60, 100, 101, ON_END, RTH); // 18:00 the evening before
    expect(s.preOpenClose).toBe(101);
    updateGap(s, 20260312, OVERNIGHT, 9 * 60 + 27, 102, 103, ON_END, RTH);
    updateGap(s, 20260312, OVERNIGHT, 9 * 60 + 28, 110, 111, ON_END, RTH); // in the window, not the ON
    updateGap(s, 20260312, OVERNIGHT, 9 * 60 + 29, 111, 99, ON_END, RTH);
    expect(s.preOpenClose).toBe(103);
    expect(s.gapSet).toBe(false);
    updateGap(s, 20260312, RTH_SESSION, RTH, 104, 105, ON_END, RTH);
    expect([s.gapSet, s.gapDir]).toEqual([true, 1]);
    updateGap(s, 20260312, RTH_SESSION, RTH + 1, 90, 90, ON_END, RTH);
    expect(s.gapDir).toBe(1);
  });

  it("resets at the next trade date; a gap down is -1 and an unknown one 0", () => {
    const s = createS6State();
    updateGap(s, 20260312, OVERNIGHT, 600 - 90, 100, 101, ON_END, RTH);
    updateGap(s, 20260312, RTH_SESSION, RTH, 100, 100, ON_END, RTH);
    expect(s.gapDir).toBe(-1);
    updateGap(s, 20260313, RTH_SESSION, RTH + 5, 100, 100, ON_END, RTH); // no overnight bar that date
    expect([s.tradeDate, s.gapSet, s.gapDir, Number.isNaN(s.preOpenClose)]).toEqual([20260313, true, 0, true]);
  });

  it("measures minutes from the 18:00 open", () => {
    expect([minuteOfSession(18 * 60), minuteOfSession(0), minuteOfSession(ON_END)]).toEqual([0, 360, 928]);
  });
});
