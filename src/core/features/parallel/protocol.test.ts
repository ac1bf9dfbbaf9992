import { describe, expect, it } from "vitest";
import { DONE, nextJobId, phaseOf, readFailure, word, writeFailure } from "./protocol.js";

describe("protocol", () => {
  it("packs a job id and a phase into one positive int32 word", () => {
    const last = 1 << 27;
    expect(phaseOf(word(last, DONE))).toBe(DONE);
    expect(word(last, DONE)).toBeGreaterThan(0);
    expect(word(last, DONE) >> 3).toBe(last);
    expect(nextJobId(last)).toBe(1);
    expect(nextJobId(7)).toBe(8);
  });

  it("round-trips a failure report through a shared buffer, truncating a long message", () => {
    const buf = new Uint8Array(new SharedArrayBuffer(256));
    const n = writeFailure(buf, { code: "SK_FEATURE_UNKNOWN", message: 'feature "x" is not registered ✓' });
    expect(readFailure(buf, n)).toEqual({ code: "SK_FEATURE_UNKNOWN", message: 'feature "x" is not registered ✓' });
    const long = writeFailure(buf, { code: undefined, message: "y".repeat(10_000) });
    expect(long).toBeLessThanOrEqual(buf.length);
    expect(readFailure(buf, long).message).toMatch(/^y+$/);
  });
});
