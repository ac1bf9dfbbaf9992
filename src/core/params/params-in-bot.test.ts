import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paramSchemaEntry } from "@sessionkit/plugin-s2";
import { describe, expect, it } from "vitest";
import { Stage } from "../kernel/stages.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createTestBot } from "../testing/index.js";
import { makeParamFile, serializeParamFile } from "./file-format.js";
import { defaultParamSet } from "./param-set.js";
import type { RejectedEvent } from "./runtime/provider.js";
import { ParamsToken } from "./service.js";
import { ParamSchemaRegistryToken } from "./tokens.js";

// A plugin that declares S2's parameter schema (the S2 strategy plugin does the same) and records events.
const rejected: RejectedEvent[] = [];
const s2Schema = definePlugin({
  name: "s2-schema",
  version: "1.0.0",
  sdk: "*",
  setup(ctx) {
    ctx.services.resolve(ParamSchemaRegistryToken).register(paramSchemaEntry);
    ctx.hooks.params.rejected.tap((e) => {
      rejected.push(e);
    });
  },
});

function artifacts(current?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sk-params-bot-"));
  if (current !== undefined) {
    mkdirSync(join(dir, "parameters", "current"), { recursive: true });
    writeFileSync(join(dir, "parameters", "current", "S2.json"), current);
  }
  return dir;
}

const s2File = (defaults: Record<string, unknown>, sessions = {}) =>
  serializeParamFile(makeParamFile({ strategy: "S2", defaults, sessions }));

describe("parameters in a bot", () => {
  it("the built-in file-params provider serves the current file, merged per session", async () => {
    const dir = artifacts(s2File({ stopAtrMult: 1.25 }, { RTH: { targetAtrMult: 3 } }));
    const bot = await createTestBot({ params: { dir }, plugins: [s2Schema()] }, { builtins: true });
    const rt = await bot.resolve(ParamsToken).runtime();
    expect(rt.lookup("S2", "Overnight")).toMatchObject({ stopAtrMult: 1.25, targetAtrMult: 2 });
    expect(rt.lookup("S2", "RTH")).toMatchObject({ stopAtrMult: 1.25, targetAtrMult: 3 });
    expect(Object.isFrozen(rt.lookup("S2", "RTH"))).toBe(true);
    await bot.shutdown();
  });

  it("with no file the schema defaults apply", async () => {
    const bot = await createTestBot({ params: { dir: artifacts() }, plugins: [s2Schema()] }, { builtins: true });
    const rt = await bot.resolve(ParamsToken).runtime();
    expect(rt.current("S2").parametersHash).toBe(defaultParamSet(paramSchemaEntry).parametersHash);
    await bot.shutdown();
  });

  it("an invalid file fires params.rejected naming file, field and value, and keeps last-known-good", async () => {
    rejected.length = 0;
    const bad = s2File({ stopAtrMult: 1.5, targetAtrMult: 2 });
    const bot = await createTestBot({ params: { dir: artifacts(bad) }, plugins: [s2Schema()] }, { builtins: true });
    const rt = await bot.resolve(ParamsToken).runtime();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.file).toMatch(/parameters\/current\/S2\.json$/);
    expect(rejected[0]!.message).toContain("targetAtrMult 2 must be > stopAtrMult 1.5 + 0.5");
    expect(rt.lookup("S2", "RTH")).toMatchObject({ stopAtrMult: 1, targetAtrMult: 2 });
    await bot.shutdown();
  });

  it("onInvalid: fail refuses to start on an invalid file", async () => {
    const bad = s2File({ stopAtrMult: 1.5, targetAtrMult: 1.8 });
    const bot = await createTestBot(
      { params: { dir: artifacts(bad), reload: { onInvalid: "fail" } }, plugins: [s2Schema()] },
      { builtins: true },
    );
    await expect(bot.resolve(ParamsToken).runtime()).rejects.toMatchObject({ code: "SK_PARAMS_INVALID" });
    await bot.shutdown();
  });

  it("a plugin earlier in the params.resolve chain answers first", async () => {
    const pinned = definePlugin({
      name: "pinned-params",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.hooks.params.resolve.tap(({ entry }) => defaultParamSet(entry), { stage: Stage.Early });
      },
    });
    const dir = artifacts(s2File({ stopAtrMult: 3 }));
    const bot = await createTestBot({ params: { dir }, plugins: [s2Schema(), pinned()] }, { builtins: true });
    const rt = await bot.resolve(ParamsToken).runtime();
    expect(rt.lookup("S2", "RTH")).toMatchObject({ stopAtrMult: 1 });
    await bot.shutdown();
  });
});
