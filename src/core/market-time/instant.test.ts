import fc from "fast-check";
import { DateTime, FixedOffsetZone } from "luxon";
import { describe, expect, it } from "vitest";
import { parseCommonIso, toEpochMs } from "./instant.js";

describe("instant parsing", () => {
  it("the fast ISO path agrees with luxon on random instants, offsets and precisions", () => {
    const offsetMinutes = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2014, 0, 1), max: Date.UTC(2040, 0, 1) }),
        offsetMinutes,
        fc.constantFrom("yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS"),
        fc.constantFrom("literal-Z", "ZZ", "ZZZ"),
        (t, off, body, zone) => {
          const utc = zone === "literal-Z";
          const dt = DateTime.fromMillis(t, { zone: FixedOffsetZone.instance(utc ? 0 : off) });
          const text = dt.toFormat(body) + (utc ? "Z" : dt.toFormat(zone));
          const fast = parseCommonIso(text);
          expect(fast).toBe(DateTime.fromISO(text, { setZone: true }).toMillis());
          expect(toEpochMs(text)).toBe(fast);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("leaves out-of-range fields and other ISO forms to luxon", () => {
    expect(parseCommonIso("2025-02-29T10:00:00Z")).toBeUndefined();
    expect(parseCommonIso("2024-02-29T10:00:00Z")).toBe(Date.UTC(2024, 1, 29, 10));
    expect(parseCommonIso("2025-04-31T10:00:00Z")).toBeUndefined();
    expect(parseCommonIso("2025-04-30T24:00:00Z")).toBeUndefined();
    expect(parseCommonIso("2025-W15-3T10:00:00Z")).toBeUndefined();
    expect(toEpochMs("2025-W15-3T10:00:00Z")).toBe(Date.UTC(2025, 3, 9, 10));
    expect(toEpochMs("20250409T100000Z")).toBe(Date.UTC(2025, 3, 9, 10));
    expect(() => toEpochMs("2025-02-29T10:00:00Z")).toThrow(/is not a valid ISO-8601 instant/);
    expect(toEpochMs("2025-04-09T10:00:00.0009Z")).toBe(Date.UTC(2025, 3, 9, 10));
  });
});
