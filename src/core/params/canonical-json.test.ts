import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, parametersHash, sha256Hex } from "./canonical-json.js";

describe("RFC 8785 canonical JSON", () => {
  it("matches the RFC §3.2.2 example", () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it("sorts keys by UTF-16 code units (RFC §3.2.3)", () => {
    const obj = { "\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\ud83d\ude00": 5, "\u0080": 6, "\u00f6": 7 };
    expect(canonicalJson(obj)).toBe('{"\\r":2,"1":4,"\u0080":6,"ö":7,"€":1,"😀":5,"דּ":3}');
  });

  it("serialises numbers as the RFC's Appendix B table", () => {
    const cases: [number, string][] = [
      [0, "0"],
      [-0, "0"],
      [1e21, "1e+21"],
      [1e-7, "1e-7"],
      [9007199254740992, "9007199254740992"],
      [295147905179352830000, "295147905179352830000"],
      [4.35, "4.35"],
      [0.000001, "0.000001"],
      [5e-324, "5e-324"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
    ];
    for (const [n, s] of cases) expect(canonicalJson(n)).toBe(s);
    expect(() => canonicalJson(Number.NaN)).toThrow(/cannot represent NaN/);
  });

  it("is invariant under key order (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))),
        (d) => {
          const reversed = Object.fromEntries(Object.entries(d).reverse());
          expect(canonicalJson(reversed)).toBe(canonicalJson(d));
          expect(JSON.parse(canonicalJson(d))).toEqual(JSON.parse(JSON.stringify(d)));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("hashes {strategy, defaults, sessions}", () => {
    const h = parametersHash("S2", { b: 1, a: 2 }, {});
    expect(h).toBe(sha256Hex('{"defaults":{"a":2,"b":1},"sessions":{},"strategy":"S2"}'));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
