import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isSessionkitError, type SessionkitError } from "../../core/errors/index.js";
import { registerParamsCommands } from "./params.js";

const fixtures = join(import.meta.dirname, "..", "..", "core", "params", "__fixtures__");

async function run(
  ...args: string[]
): Promise<{ out: string; err: string; code: number | undefined; error?: SessionkitError }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  process.exitCode = undefined;
  const p = new Command();
  p.exitOverride();
  registerParamsCommands(p);
  try {
    await p.parseAsync(["node", "sessionkit", "params", ...args]);
    return { out, err, code: process.exitCode as number | undefined };
  } catch (x) {
    if (!isSessionkitError(x)) throw x;
    return { out, err, code: x.exitCode, error: x };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("sessionkit params", () => {
  it("import converts the §1.1 sample for S2 and reports what it mapped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-cli-params-"));
    const out = join(dir, "S2.json");
    const r = await run("import", join(fixtures, "reference-flat-s2.json"), "--strategy", "s2", "--out", out);
    expect(r.code).toBeUndefined();
    expect(
      r.out
        .replace(/hash [0-9a-f]{64}/, "hash <h>")
        .replace(fixtures, "<fx>")
        .replace(out, "<out>"),
    ).toMatchInlineSnapshot(`
        "<fx>/reference-flat-s2.json: reference-flat shape, 6 key(s) mapped
          mapped  StopAtrMult -> defaults.stopAtrMult
          mapped  TargetAtrMult -> defaults.targetAtrMult
          mapped  MinVolume -> defaults.minVolume
          mapped  SessionOverrides.RTH.StopAtrMult -> sessions.RTH.stopAtrMult
          mapped  SessionOverrides.RTH.TargetAtrMult -> sessions.RTH.targetAtrMult
          mapped  SessionOverrides.Overnight.MinVolume -> sessions.Overnight.minVolume
        wrote <out> (S2, hash <h>)
        "
      `);
    const v = await run("validate", out, "--strategy", "S2");
    expect(v.out).toMatch(/valid S2 parameters/);
    expect(v.code).toBeUndefined();
  });

  it("validate lists every problem, one per line, and exits 5", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-cli-params-"));
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        strategy: "S2",
        schemaVersion: 1,
        defaults: { stopAtrMult: 0.5, mystery: 1 },
        sessions: { RTH: { stopAtrMult: 1.5, targetAtrMult: 2 } },
      }),
    );
    const r = await run("validate", bad);
    expect(r.code).toBe(5);
    expect(r.out).toMatchInlineSnapshot(`
      "defaults.stopAtrMult: must be >= 1 (0.5)
      defaults.mystery: unknown key
      sessions.RTH: targetAtrMult 2 must be > stopAtrMult 1.5 + 0.5
      "
    `);
    const j = await run("validate", bad, "--json");
    expect(JSON.parse(j.out).problems).toHaveLength(3);
    writeFileSync(bad, '{"strategy": "S2",\n "defaults": }');
    expect((await run("validate", bad)).out).toBe('(file): invalid JSON at 2:14: unexpected character "}"\n');
  });

  it("promote, show, diff and rollback work on an artifacts folder", async () => {
    const art = mkdtempSync(join(tmpdir(), "sk-cli-art-"));
    const imp = await run(
      "import",
      join(fixtures, "reference-flat-s2.json"),
      "--strategy",
      "S2",
      "--stage",
      "--artifacts",
      art,
    );
    expect(imp.out).toMatch(/wrote .*stage\/S2\.json/);
    const diff = await run("diff", "--strategy", "S2", "--artifacts", art);
    expect(diff.out).toContain("sessions.RTH.stopAtrMult: 1 -> 1.5");
    expect(diff.err).toContain("current/S2.json does not exist");
    const promoted = await run("promote", "--strategy", "S2", "--artifacts", art, "--json");
    expect(JSON.parse(promoted.out)).toMatchObject({ strategy: "S2", replacedHash: null });
    const show = await run("show", "--strategy", "S2", "--artifacts", art);
    expect(show.out).toMatch(/^stopAtrMult\s+1.25 \(file\)\s+1.5 \(session\)\s+1.25 \(file\)$/m);
    const json = JSON.parse((await run("show", "--strategy", "s2", "--artifacts", art, "--json")).out);
    expect(json.sources.Overnight.minVolume).toBe("session-override");
    copyFileSync(join(art, "parameters", "current", "S2.json"), join(art, "parameters", "stage", "S2.json"));
    await run("promote", "--strategy", "S2", "--artifacts", art);
    const rb = await run("rollback", "--strategy", "S2", "--artifacts", art);
    expect(rb.out).toMatch(/^rolled back S2 to [0-9a-f]{64}; archived .*archive\/S2\.\d{8}T\d{6}Z\.failed\.json\n$/);
    const again = await run("rollback", "--strategy", "S2", "--artifacts", art);
    expect(again.error?.code).toBe("SK_PARAMS_NOT_FOUND");
  });

  it("rejects an unknown --strategy and a missing destination", async () => {
    await expect(run("show", "--strategy", "S9")).rejects.toThrow(/expected one of S2 \| S3 \| S6 \| S11/);
    const r = await run("import", join(fixtures, "reference-flat-s2.json"), "--strategy", "S2");
    expect(r.error?.code).toBe("SK_CLI_USAGE");
  });

  it("import fails on unmapped trainer keys unless --drop-unmapped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-cli-params-"));
    const src = join(fixtures, "reference-trainer-s2.json");
    const fail = await run("import", src, "--strategy", "S2", "--out", join(dir, "o.json"));
    expect(fail.error?.code).toBe("SK_PARAMS_IMPORT_FAILED");
    const ok = await run("import", src, "--strategy", "S2", "--out", join(dir, "o.json"), "--drop-unmapped", "--json");
    expect(JSON.parse(ok.out).dropped).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(dir, "o.json"), "utf8")).defaults).toEqual({
      stopAtrMult: 2,
      targetAtrMult: 3.5,
      maxBarsInTrade: 45,
    });
  });
});
