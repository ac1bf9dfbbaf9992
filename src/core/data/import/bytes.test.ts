import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecimal, parseIsoTimestamp, parseNinjaStamp } from "./bytes.js";

const b = (s: string) => Buffer.from(s, "latin1");
const dec = (s: string) => parseDecimal(b(s), 0, s.length);
const ts = (s: string) => parseIsoTimestamp(b(s), 0, s.length);

describe("byte parsers", () => {
  it("parse every finite double's shortest text exactly like Number()", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = String(x);
        expect(Object.is(dec(s), Number(s)) || (dec(s) === 0 && Number(s) === 0)).toBe(true);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("parse fixed-point prices exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 6 }), (m, k) => {
        const s = (m / 10 ** k).toFixed(k);
        expect(dec(s)).toBe(Number(s));
      }),
      { seed: 42, numRuns: 2000 },
    );
    expect([dec(" 12.5 "), dec("+3"), dec("-0.25"), dec("1e3")]).toEqual([12.5, 3, -0.25, 1000]);
    expect([dec(""), dec("1.2.3"), dec("abc"), dec("-"), dec("12a")].every(Number.isNaN)).toBe(true);
  });

  it("parse ISO timestamps with Z or offsets exactly like Date.parse, and refuse zone-less ones", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.integer({ min: -14 * 4, max: 14 * 4 }),
        (ms, q) => {
          const t = Math.floor(ms / 1000) * 1000;
          const off = q * 15;
          const local = new Date(t + off * 60_000).toISOString().slice(0, 19);
          const sign = off < 0 ? "-" : "+";
          const a = Math.abs(off);
          const zone =
            off === 0
              ? "Z"
              : `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
          expect(ts(`${local}${zone}`)).toBe(t);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
    expect(ts("2026-03-12T06:00:00.250Z")).toBe(Date.UTC(2026, 2, 12, 6, 0, 0, 250));
    expect(ts("2026-03-12 06:00Z")).toBe(Date.UTC(2026, 2, 12, 6, 0));
    expect(ts("2026-03-12T06:00:00+0530")).toBe(Date.parse("2026-03-12T06:00:00+05:30"));
    expect(
      [ts("2026-03-12T06:00:00"), ts("2026-02-30T06:00:00Z"), ts("2026-03-12T25:00:00Z")].every(Number.isNaN),
    ).toBe(true);
  });

  it("parse NinjaTrader stamps as written (bar end, UTC)", () => {
    const s = "20260312 060100";
    expect(parseNinjaStamp(b(s), 0, s.length)).toBe(Date.UTC(2026, 2, 12, 6, 1));
    expect(Number.isNaN(parseNinjaStamp(b("2026031 060100"), 0, 14))).toBe(true);
  });
});
