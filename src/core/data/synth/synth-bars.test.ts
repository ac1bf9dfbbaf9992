import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defaultMarketClock } from "../../market-time/index.js";
import { SessionCode } from "../../market-time/sessions.js";
import type { Bars } from "../bars.js";
import { synthBars } from "./synth-bars.js";

const clock = defaultMarketClock();
const digest = (b: Bars) => {
  const h = createHash("sha256");
  for (const c of [b.time, b.open, b.high, b.low, b.close, b.volume])
    h.update(new Uint8Array(c.buffer, c.byteOffset, c.byteLength));
  return h.digest("hex");
};

describe("synthBars", () => {
  const es = synthBars({ symbol: "ES", from: "2026-01-02", to: "2026-04-10", seed: 42 });
  const labels = clock.labelBars(es.time);

  it("gives the same bytes for the same seed and different bytes for another seed or root", () => {
    expect(digest(synthBars({ symbol: "ES", from: "2026-01-02", to: "2026-04-10", seed: 42 }))).toBe(digest(es));
    expect(digest(synthBars({ symbol: "ES", from: "2026-01-02", to: "2026-04-10", seed: 43 }))).not.toBe(digest(es));
    expect(synthBars({ symbol: "mnq", from: "2026-01-05", to: "2026-01-05", seed: 42 }).close[0]).toBeGreaterThan(
      15_000,
    );
  });

  it("follows the calendar: only open minutes, full sessions, holiday halts, Good Friday 09:15", () => {
    expect(labels.open.every((o) => o === 1)).toBe(true);
    const perDay = new Map<number, number>();
    for (const d of labels.tradeDate) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    expect(perDay.get(20260105)).toBe(1380); // a normal 23-hour session
    expect(perDay.get(20260119)).toBe(1140); // MLK: halt at 13:00 ET
    expect(perDay.get(20260403)).toBe(915); // jobs-report Good Friday: 18:00 .. 09:15 ET
    expect(perDay.has(20260103)).toBe(false); // Saturday
    expect([...perDay.keys()][0]).toBe(20260102);
    expect([...perDay.keys()].at(-1)).toBe(20260410);
  });

  it("keeps prices on the 0.25 tick with consistent OHLC and positive volume", () => {
    for (let i = 0; i < es.length; i++) {
      const o = es.open[i]!;
      const c = es.close[i]!;
      const ok =
        es.low[i]! <= Math.min(o, c) &&
        es.high[i]! >= Math.max(o, c) &&
        es.low[i]! > 0 &&
        [o, c, es.high[i]!, es.low[i]!].every((p) => (p * 4) % 1 === 0) &&
        Number.isInteger(es.volume[i]!) &&
        es.volume[i]! >= 1;
      if (!ok) throw new Error(`bar ${i} invalid`);
    }
  });

  it("has the intraday shape: busy RTH open and close, quiet lunch and overnight", () => {
    const avg = (pick: (i: number) => boolean, col: Float64Array, col2?: Float64Array) => {
      let s = 0;
      let n = 0;
      for (let i = 0; i < es.length; i++) {
        if (!pick(i)) continue;
        s += col2 === undefined ? col[i]! : col[i]! - col2[i]!;
        n++;
      }
      return s / n;
    };
    const at = (a: number, b: number) => (i: number) => labels.etMinute[i]! >= a && labels.etMinute[i]! < b;
    const openRange = avg(at(570, 600), es.high, es.low);
    const lunchRange = avg(at(720, 780), es.high, es.low);
    const closeRange = avg(at(930, 960), es.high, es.low);
    const nightRange = avg(at(0, 180), es.high, es.low);
    expect(openRange).toBeGreaterThan(1.5 * lunchRange);
    expect(closeRange).toBeGreaterThan(lunchRange);
    expect(lunchRange).toBeGreaterThan(nightRange);
    const rthVol = avg((i) => labels.session[i] === SessionCode.RTH, es.volume);
    const nightVol = avg((i) => labels.session[i] === SessionCode.Overnight, es.volume);
    expect(rthVol).toBeGreaterThan(4 * nightVol);
  });

  it("refuses an unknown symbol or a malformed date", () => {
    expect(() => synthBars({ symbol: "YM", from: "2026-01-02", to: "2026-01-03", seed: 1 })).toThrow(
      'synthBars: symbol "YM" is not ES, NQ, MES or MNQ',
    );
    expect(() => synthBars({ symbol: "ES", from: "2026-1-2", to: "2026-01-03", seed: 1 })).toThrow(
      'synthBars: from "2026-1-2" is not YYYY-MM-DD',
    );
  });
});
