import { describe, expect, it } from "vitest";
import { testRegistry } from "./__fixtures__/registry.js";
import { makeParamFile, serializeParamFile } from "./file-format.js";
import { loadParamText } from "./load.js";
import { formatProblem } from "./problems.js";

const registry = testRegistry();
const lines = (text: string, strategy?: string) => {
  const r = loadParamText(text, { registry, ...(strategy !== undefined && { strategy }) });
  return r.ok ? [] : r.problems.map(formatProblem);
};
const file = (body: Record<string, unknown>) => JSON.stringify({ strategy: "S2", schemaVersion: 1, ...body });

describe("loadParamText", () => {
  it("accepts a minimal file and merges defaults ← file ← session, recording sources", () => {
    const r = loadParamText(
      file({
        defaults: { stopAtrMult: 1.25, targetAtrMult: 2.5 },
        sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 3 } },
      }),
      { registry },
    );
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
    expect(r.set.sessions.RTH.stopAtrMult).toBe(1.5);
    expect(r.set.sessions.Overnight.stopAtrMult).toBe(1.25);
    expect(r.set.sessions.PostRTH.minVolume).toBe(100); // S2 schema default (plugins/s2 README)
    expect(r.set.sources.RTH).toMatchObject({ stopAtrMult: "session-override", minVolume: "default" });
    expect(r.set.sources.Overnight).toMatchObject({ stopAtrMult: "file", targetAtrMult: "file", atrLen: "default" });
    expect(r.set.bySessionCode[1]).toBe(r.set.sessions.RTH);
    expect(Object.isFrozen(r.set.sessions.RTH)).toBe(true);
    expect(Object.isFrozen(r.set.sources.RTH)).toBe(true);
    expect(() => {
      (r.set.sessions.RTH as Record<string, unknown>).stopAtrMult = 9;
    }).toThrow(TypeError);
  });

  it("rejects equality in a strict relation (S2 target 2.0 with stop 1.5)", () => {
    expect(lines(file({ defaults: {}, sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 2 } } }))).toEqual([
      "sessions.RTH: targetAtrMult 2 must be > stopAtrMult 1.5 + 0.5",
    ]);
    expect(lines(file({ defaults: { stopAtrMult: 1.5, targetAtrMult: 2.0000000001 } }))).toHaveLength(1);
    expect(lines(file({ defaults: { stopAtrMult: 1.5, targetAtrMult: 2.00001 } }))).toEqual([]);
  });

  it("reports every problem in one run, one per line", () => {
    const text = JSON.stringify({
      strategy: "S2",
      schemaVersion: 2,
      extra: true,
      parametersHash: "abc",
      baseline: { sharpe: "high", __proto__x: 1 },
      defaults: { stopAtrMult: 5, atrLen: 14.5, entryMode: "limit", bogus: 1, minVolume: null },
      sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 2 }, Asia: {}, PostRTH: "x" },
    });
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "extra: unknown key",
        "schemaVersion: expected the integer 1 (2)",
        "parametersHash: expected 64 lower-case hex digits ("abc")",
        "baseline.__proto__x: unknown key",
        "defaults.stopAtrMult: must be <= 4 (5)",
        "defaults.atrLen: expected an integer (14.5)",
        "defaults.entryMode: expected one of "retest" | "market" ("limit")",
        "defaults.bogus: unknown key",
        "defaults.minVolume: expected a value, not null (null)",
        "sessions.RTH: targetAtrMult 2 must be > stopAtrMult 1.5 + 0.5",
        "sessions.Asia: unknown session (expected Overnight | RTH | PostRTH)",
        "sessions.PostRTH: expected an object ("x")",
      ]
    `);
  });

  it("pins the cross-field messages of every strategy", () => {
    const f = (strategy: string, defaults: object, sessions: object = {}) =>
      JSON.stringify({ strategy, schemaVersion: 1, defaults, sessions });
    expect([
      ...lines(f("S2", { stopAtrMult: 1.5, targetAtrMult: 2, volZMin: 1, volZMax: 1 })),
      ...lines(f("S3", { targetR1: 2.2, targetR2: 2.2 }, { Overnight: { targetR1: 3 } })),
      ...lines(f("S6", { windowStart: "09:31", windowEnd: "9:45" })),
      ...lines(f("S11", {}, { PostRTH: { minRSI: 65 }, RTH: { ibStart: "10:30" } })),
    ]).toMatchInlineSnapshot(`
      [
        "defaults: targetAtrMult 2 must be > stopAtrMult 1.5 + 0.5",
        "defaults: volZMin 1 must be < volZMax 1",
        "defaults: targetR2 2.2 must be > targetR1 2.2",
        "sessions.Overnight: targetR2 2.2 must be > targetR1 3",
        "defaults.windowEnd: expected a time of day HH:MM (ET, 00:00-23:59) ("9:45")",
        "defaults: windowStart 09:31 <= rthOpen 09:30 < windowEnd 10:00 must hold",
        "sessions.PostRTH: minRSI 65 must be < maxRSI 65",
        "sessions.RTH: ibStart 10:30 must be before ibEnd 10:30",
      ]
    `);
  });

  it("reports JSON syntax with line:col", () => {
    expect(lines('{\n  "strategy": "S2",\n  "defaults": {,}\n}')).toEqual([
      "(file): invalid JSON at 3:16: expected a property name in double quotes",
    ]);
  });

  it("treats __proto__, constructor and prototype as unknown keys at every level", () => {
    const text =
      '{"strategy":"S2","schemaVersion":1,"__proto__":{"polluted":1},"defaults":{"constructor":1},' +
      '"sessions":{"RTH":{"prototype":2}},"validation":{"__proto__":3}}';
    expect(lines(text)).toEqual([
      "__proto__: unknown key",
      "validation.__proto__: unknown key",
      "defaults.constructor: unknown key",
      "sessions.RTH.prototype: unknown key",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("checks the strategy and the parametersHash", () => {
    const good = makeParamFile({ strategy: "S2", defaults: { minVolume: 1000 } }, () => new Date(0));
    expect(lines(serializeParamFile(good), "s2")).toEqual([]);
    expect(lines(serializeParamFile(good), "S3")).toEqual(['strategy: file is for S2, expected S3 ("S2")']);
    const tampered = { ...good, defaults: { minVolume: 1001 } };
    expect(lines(serializeParamFile(tampered))[0]).toMatch(
      /^parametersHash: does not match the contents \(expected [0-9a-f]{64}\)/,
    );
    expect(lines(file({ strategy: "S9", defaults: {} }))).toEqual([
      'strategy: unknown strategy (expected S2 | S3 | S6 | S11) ("S9")',
    ]);
  });
});
