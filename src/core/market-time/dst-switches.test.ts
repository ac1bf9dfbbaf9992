import { describe, expect, it } from "vitest";
import { cmeClock as clock, wall } from "./__fixtures__/et.js";

describe("daylight saving switches, every year 2015–2027", () => {
  const secondSundayOfMarch = (y: number) => {
    const d = new Date(Date.UTC(y, 2, 1));
    return 1 + ((7 - d.getUTCDay()) % 7) + 7;
  };
  const firstSundayOfNovember = (y: number) => {
    const d = new Date(Date.UTC(y, 10, 1));
    return 1 + ((7 - d.getUTCDay()) % 7);
  };
  const pad = (n: number) => String(n).padStart(2, "0");

  for (let y = 2015; y <= 2027; y++) {
    it(`${y}: spring forward`, () => {
      const day = secondSundayOfMarch(y);
      const switchAt = Date.UTC(y, 2, day, 7); // 02:00 EST = 07:00Z
      const c = clock();
      for (const t of [switchAt - 1, switchAt, switchAt + 1]) expect(c.state(t).reason).toBe("weekend");
      const labels = c.labelBars(new Float64Array([switchAt - 1, switchAt]));
      expect([...labels.etMinute]).toEqual([119, 180]);
      const sundayOpen = Date.UTC(y, 2, day, 22); // 18:00 EDT
      expect(c.nextOpen(switchAt)).toBe(sundayOpen);
      expect(c.state(sundayOpen - 1).open).toBe(false);
      expect(c.state(sundayOpen)).toMatchObject({ open: true, segment: "Asian" });
      expect(c.state(Date.UTC(y, 2, day + 1, 13, 30)).session).toBe("RTH"); // 09:30 EDT
      expect(c.state(Date.UTC(y, 2, day + 1, 13, 29)).session).toBe("Overnight");
      expect(wall(c.nextClose(sundayOpen))).toBe(`${y}-03-${pad(day + 1)} 17:00`);
    });

    it(`${y}: fall back`, () => {
      const day = firstSundayOfNovember(y);
      const switchAt = Date.UTC(y, 10, day, 6); // 02:00 EDT = 06:00Z → 01:00 EST
      const c = clock();
      for (const t of [switchAt - 3_600_000, switchAt - 1, switchAt, switchAt + 3_600_000]) {
        expect(c.state(t).reason).toBe("weekend");
      }
      const labels = c.labelBars(
        new Float64Array([switchAt - 3_600_000, switchAt - 1, switchAt, switchAt + 3_600_000]),
      );
      expect([...labels.etMinute]).toEqual([60, 119, 60, 120]); // the 01:00 hour is repeated
      const fridayClose = Date.UTC(y, 10, day - 2, 21); // 17:00 EDT
      expect(c.state(fridayClose - 1).open).toBe(true);
      expect(c.state(fridayClose).reason).toBe("weekend");
      const sundayOpen = Date.UTC(y, 10, day, 23); // 18:00 EST
      expect(c.nextOpen(switchAt)).toBe(sundayOpen);
      expect(c.state(sundayOpen)).toMatchObject({ open: true, tradeDate: `${y}-11-${pad(day + 1)}` });
      expect(c.state(Date.UTC(y, 10, day + 1, 14, 30)).session).toBe("RTH"); // 09:30 EST
      expect(c.state(Date.UTC(y, 10, day + 1, 14, 29, 59, 999)).session).toBe("Overnight");
    });
  }
});
