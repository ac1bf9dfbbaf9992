import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testRegistry } from "./__fixtures__/registry.js";
import { makeParamFile, serializeParamFile } from "./file-format.js";
import { loadParamText } from "./load.js";
import { formatProblem } from "./problems.js";
import { createFileStoreProvider } from "./runtime/file-provider.js";
import { ParamsRuntime } from "./runtime/params-runtime.js";
import type { RejectedEvent } from "./runtime/provider.js";

const registry = testRegistry();
const valid = serializeParamFile(
  makeParamFile(
    { strategy: "S2", defaults: { minVolume: 1000 }, sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 3 } } },
    () => new Date(0),
  ),
);
// `path: message`, the path an identifier chain, a quoted key (`["odd key"]`), (file) or (root).
const LINE = /^(\(file\)|\(root\)|[A-Za-z_$]|\[").*?: \S/s;

function rejects(text: string): string[] {
  const r = loadParamText(text, { registry });
  expect(r.ok).toBe(false);
  const lines = r.ok ? [] : r.problems.map(formatProblem);
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(l).toMatch(LINE);
  return lines;
}

const nest = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const withDefaults = (defaults: string, extra = "") =>
  `{"strategy":"S2","schemaVersion":1,"defaults":${defaults}${extra}}`;

const HOSTILE: Record<string, string> = {
  huge: withDefaults(`{"minVolume":1000}`, `,"validation":{"x":"${"a".repeat(2 << 20)}"}`),
  deepNesting: withDefaults(nest(10_000)),
  deepButBounded: withDefaults(`{"minVolume":${nest(40)}}`),
  wrongTypes: withDefaults(`{"minVolume":"3000","stopAtrMult":true,"entryMode":5,"atrLen":[14]}`),
  nanString: withDefaults(`{"stopAtrMult":"NaN","targetAtrMult":"Infinity"}`),
  nanLiteral: withDefaults(`{"stopAtrMult":NaN}`),
  overflow: withDefaults(`{"stopAtrMult":1e400}`),
  protoKeys: withDefaults(`{"__proto__":{"minVolume":1}}`, `,"sessions":{"constructor":{}},"prototype":1`),
  unknownSession: withDefaults("{}", `,"sessions":{"rth":{"minVolume":1},"Asian":{}}`),
  nullDefaults: withDefaults("null"),
  arrayRoot: "[1,2,3]",
  empty: "",
  bom: `\ufeff${valid}`,
  duplicateKey: withDefaults(`{"minVolume":1,"minVolume":2}`),
  trailingGarbage: `${valid}x`,
  binary: "\u0000\u0001\u0002",
};

describe("loader fuzz: hostile files are rejected with clear errors", () => {
  it.each(Object.keys(HOSTILE))("%s", (name) => {
    rejects(HOSTILE[name]!);
  });

  it("pins the messages of the main hostile cases", () => {
    const pick = (k: string) => rejects(HOSTILE[k]!);
    expect([
      ...pick("deepNesting"),
      ...pick("nanLiteral"),
      ...pick("overflow"),
      ...pick("duplicateKey"),
      ...pick("huge"),
    ]).toMatchInlineSnapshot(`
      [
        "(file): invalid JSON at 1:207: nesting deeper than 32",
        "(file): invalid JSON at 1:62: unexpected character "N"",
        "defaults.stopAtrMult: expected a finite number (Infinity)",
        "(file): invalid JSON at 1:62: duplicate key "minVolume"",
        "(file): larger than 1048576 bytes (2097239)",
      ]
    `);
  });

  it("rejects every partial write (each strict prefix of a valid file)", () => {
    const body = valid.trimEnd();
    for (let n = 0; n < body.length; n++) rejects(body.slice(0, n));
    expect(loadParamText(valid, { registry }).ok).toBe(true);
  });

  it("rejects random mutations of a valid file or accepts only valid sets (property)", () => {
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 4 }), (at, junk) => {
        const text = valid.slice(0, at) + junk + valid.slice(at + 1);
        const r = loadParamText(text, { registry });
        if (r.ok) expect(Object.isFrozen(r.set.sessions.RTH)).toBe(true);
        else for (const l of r.problems.map(formatProblem)) expect(l).toMatch(LINE);
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it("keeps the running set unchanged whatever hostile file lands in current/", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-params-fuzz-"));
    const current = join(dir, "parameters", "current");
    mkdirSync(current, { recursive: true });
    writeFileSync(join(current, "S2.json"), valid);
    const rejected: RejectedEvent[] = [];
    const rt = await ParamsRuntime.create({
      registry,
      providers: [createFileStoreProvider(dir, registry)],
      events: { onRejected: (e) => rejected.push(e), onReloaded: () => undefined },
    });
    const running = rt.current("S2");
    for (const [i, text] of Object.values(HOSTILE).entries()) {
      writeFileSync(join(current, "S2.json"), text);
      await rt.reload();
      expect(rt.current("S2")).toBe(running);
      expect(rejected).toHaveLength(i + 1);
      expect(rejected[i]?.file).toBe(join(current, "S2.json"));
    }
  });
});
