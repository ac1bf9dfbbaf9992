import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SessionkitError } from "../errors/index.js";
import { testRegistry } from "./__fixtures__/registry.js";
import { serializeParamFile } from "./file-format.js";
import { importReferenceParams } from "./importers.js";
import { loadParamText } from "./load.js";

const registry = testRegistry();
const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
const now = () => new Date("2026-01-02T03:04:05.000Z");
const rendered = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as SessionkitError).render();
  }
  throw new Error("expected a throw");
};

describe("importReferenceParams", () => {
  it("imports the §1.1 flat PascalCase sample for S2 and reports each mapping", () => {
    const r = importReferenceParams(fixture("reference-flat-s2.json"), { registry, strategy: "s2", now });
    expect(r.shape).toBe("reference-flat");
    expect(r.mapped.map((m) => `${m.from} -> ${m.to}`)).toMatchInlineSnapshot(`
      [
        "StopAtrMult -> defaults.stopAtrMult",
        "TargetAtrMult -> defaults.targetAtrMult",
        "MinVolume -> defaults.minVolume",
        "SessionOverrides.RTH.StopAtrMult -> sessions.RTH.stopAtrMult",
        "SessionOverrides.RTH.TargetAtrMult -> sessions.RTH.targetAtrMult",
        "SessionOverrides.Overnight.MinVolume -> sessions.Overnight.minVolume",
      ]
    `);
    expect(r.file).toMatchObject({
      strategy: "S2",
      schemaVersion: 1,
      source: "manual",
      createdAt: "2026-01-02T03:04:05.000Z",
      defaults: { stopAtrMult: 1.25, targetAtrMult: 2.5, minVolume: 3000 },
      sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 3 }, Overnight: { minVolume: 1500 } },
    });
    const loaded = loadParamText(serializeParamFile(r.file), { registry });
    if (!loaded.ok) throw new Error("imported file must validate");
    // Merged, not replaced: Overnight keeps the file's stop 1.25 (the reference ran it with 0.75).
    expect(loaded.set.sessions.Overnight).toMatchObject({ stopAtrMult: 1.25, targetAtrMult: 2.5, minVolume: 1500 });
  });

  it("imports the trainer's snake_case shape, refusing unmapped keys unless asked to drop them", () => {
    const text = fixture("reference-trainer-s2.json");
    expect(
      rendered(() => importReferenceParams(text, { registry, strategy: "S2", file: "t.json" })),
    ).toMatchInlineSnapshot(`
      "SK_PARAMS_IMPORT_FAILED  t.json: cannot import as S2 (3 problems)
        default_parameters.vwap_threshold: no S2 parameter matches this name (0.15)
        default_parameters.rsi_level: no S2 parameter matches this name (30)
        default_parameters.min_atr: no S2 parameter matches this name (0.25)
        hint: fix the listed keys, or pass --drop-unmapped to drop keys that have no sessionkit parameter."
    `);
    const r = importReferenceParams(text, { registry, strategy: "S2", dropUnmapped: true, now });
    expect(r.shape).toBe("reference-trainer");
    expect(r.dropped.map((d) => d.from)).toEqual([
      "version",
      "default_parameters.vwap_threshold",
      "default_parameters.rsi_level",
      "default_parameters.min_atr",
    ]);
    expect(r.file.defaults).toEqual({ stopAtrMult: 2, targetAtrMult: 3.5, maxBarsInTrade: 45 });
    expect(r.file.sessions.PostRTH).toEqual({ stopAtrMult: 1.25, targetAtrMult: 2.5 });
    expect(r.file.createdAt).toBe("2025-01-04T02:15:07.123Z");
    expect(r.file.baseline).toEqual({ sharpe: 0.812 });
    expect(r.file.validation).toMatchObject({ inSampleSharpe: 0, outOfSampleSharpe: 0 });
  });

  it("accepts comments, trailing commas, TimeSpan strings and any-case names; rejects invalid values", () => {
    const s6 =
      '{ // reference S6\n "windowstart": "09:25:00", "MINADX": 20, /* note */ "SessionOverrides": {"rth": {"MinRVOL": 1.5,},},}';
    const r = importReferenceParams(s6, { registry, strategy: "S6", now });
    expect(r.file.defaults).toEqual({ windowStart: "09:25", minADX: 20 });
    expect(r.file.sessions).toEqual({ RTH: { minRVOL: 1.5 } });
    expect(rendered(() => importReferenceParams('{"StopAtrMult": 0.75}', { registry, strategy: "S2" }))).toMatch(
      /defaults.stopAtrMult: must be >= 1 \(0.75\)/,
    );
  });

  it("never drops prototype keys silently, even with dropUnmapped", () => {
    const text = '{"__proto__": {"MinVolume": 1}, "SessionOverrides": {"RTH": {"constructor": 2}}}';
    expect(
      rendered(() => importReferenceParams(text, { registry, strategy: "S2", dropUnmapped: true })),
    ).toMatchInlineSnapshot(`
      "SK_PARAMS_IMPORT_FAILED  input: cannot import as S2 (2 problems)
        __proto__: unknown key
        SessionOverrides.RTH.constructor: unknown key
        hint: fix the listed keys, or pass --drop-unmapped to drop keys that have no sessionkit parameter."
    `);
  });

  it("keeps the reference's rule that snake_case does not bind in the flat shape", () => {
    expect(rendered(() => importReferenceParams('{"stop_atr_mult": 2}', { registry, strategy: "S2" }))).toMatch(
      /stop_atr_mult: no S2 parameter matches this name \(2\)/,
    );
  });
});
