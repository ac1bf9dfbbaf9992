import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSessionkitError } from "../../errors/index.js";
import { testRegistry } from "../__fixtures__/registry.js";
import { makeParamFile, type ParamFile } from "../file-format.js";
import { ParamFileStore } from "./file-store.js";
import { acquireLock } from "./lock.js";

const registry = testRegistry();
const fixedNow = () => new Date("2026-03-04T05:06:07.000Z");
const tmp = () => mkdtempSync(join(tmpdir(), "sk-params-store-"));
const s2 = (minVolume: number): ParamFile => makeParamFile({ strategy: "S2", defaults: { minVolume } }, fixedNow);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isSessionkitError(e)) return e.code;
    throw e;
  }
  return "no error";
}

describe("ParamFileStore", () => {
  it("stages, promotes with a backup, rolls back with an archive, and keeps the manifest in step", async () => {
    const dir = tmp();
    const store = await ParamFileStore.open(dir, { registry, now: fixedNow });
    await store.writeStage(s2(1000));
    const first = await store.promote("s2");
    expect(first.replacedHash).toBeNull();
    expect(await store.readText("stage", "S2")).toBeUndefined();
    await store.writeStage(s2(2000));
    const second = await store.promote("S2");
    expect(second.replacedHash).toBe(first.parametersHash);
    const current = await store.read("current", "S2");
    expect(current?.ok && current.set.defaults.minVolume).toBe(2000);
    const prev = await store.read("previous", "S2");
    expect(prev?.ok && prev.set.defaults.minVolume).toBe(1000);

    const manifest = await store.manifest();
    expect(manifest.strategies.S2?.current?.parametersHash).toBe(second.parametersHash);
    expect(manifest.strategies.S2?.previous?.parametersHash).toBe(first.parametersHash);

    const rb = await store.rollback("S2");
    expect(rb.archived).toBe(join(dir, "parameters", "archive", "S2.20260304T050607Z.failed.json"));
    expect(JSON.parse(readFileSync(rb.archived, "utf8")).defaults.minVolume).toBe(2000);
    const restored = await store.read("current", "S2");
    expect(restored?.ok && restored.set.defaults.minVolume).toBe(1000);
    expect(await store.readText("previous", "S2")).toBeUndefined();
    expect((await store.manifest()).strategies.S2).toMatchObject({ archive: ["S2.20260304T050607Z.failed.json"] });
    expect(readdirSync(join(dir, "parameters"))).not.toContain("journal.json");
  });

  it("refuses to promote a missing or invalid stage, and to roll back without a previous", async () => {
    const dir = tmp();
    const store = await ParamFileStore.open(dir, { registry });
    expect(await codeOf(store.promote("S2"))).toBe("SK_PARAMS_NOT_FOUND");
    writeFileSync(
      join(dir, "parameters", "stage", "S2.json"),
      '{"strategy":"S2","schemaVersion":1,"defaults":{"stopAtrMult":9}}',
    );
    expect(await codeOf(store.promote("S2"))).toBe("SK_PARAMS_INVALID");
    expect(await codeOf(store.rollback("S2"))).toBe("SK_PARAMS_NOT_FOUND");
    expect(await codeOf(store.promote("S7"))).toBe("SK_PARAMS_UNKNOWN_STRATEGY");
    expect(await codeOf(store.writeStage({ ...s2(1), defaults: { minVolume: -1 } }))).toBe("SK_PARAMS_INVALID");
  });

  it("serialises concurrent operations through the lock", async () => {
    const dir = tmp();
    const store = await ParamFileStore.open(dir, { registry });
    await Promise.all([1, 2, 3, 4].map((i) => store.writeStage(s2(i * 100))));
    await store.promote("S2");
    const r = await store.read("current", "S2");
    expect(r?.ok).toBe(true);
  });

  it("breaks a lock left by a dead process at once, and times out on a live holder", async () => {
    const dir = tmp();
    const lock = join(dir, ".lock");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    writeFileSync(lock, JSON.stringify({ pid: Number(dead), host: (await import("node:os")).hostname(), token: "x" }));
    const release = await acquireLock(lock, { timeoutMs: 200 });
    expect(await codeOf(acquireLock(lock, { timeoutMs: 50 }))).toBe("SK_PARAMS_LOCK_TIMEOUT");
    await release();
    await (await acquireLock(lock, { timeoutMs: 50 }))();
  });
});
