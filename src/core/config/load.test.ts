import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isSessionkitError, type SessionkitError } from "../errors/index.js";
import { loadConfig } from "./load.js";

const fixtures = fileURLToPath(new URL("./__fixtures__/", import.meta.url));
const load = (name: string, extra: Parameters<typeof loadConfig>[0] = {}) =>
  loadConfig({ config: name, cwd: fixtures, command: "info", env: {}, ...extra });

/** Loads a broken fixture and returns its error rendered as the CLI prints it. */
async function failure(name: string, extra: Parameters<typeof loadConfig>[0] = {}): Promise<string> {
  try {
    await load(name, extra);
  } catch (e) {
    expect(isSessionkitError(e)).toBe(true);
    return (e as SessionkitError).render();
  }
  throw new Error(`${name} loaded without error`);
}

describe("loadConfig", () => {
  it("loads a function config with jiti, resolves paths and plugin defaults, and deep-freezes it", async () => {
    const cfg = await load("valid.config.ts");
    expect(cfg.name).toBe("valid-info");
    expect(cfg.file).toBe(join(fixtures, "valid.config.ts"));
    expect(cfg.data.dir).toBe(fixtures.replace(/\/$/, ""));
    expect(cfg.params.dir).toBe(join(fixtures, "artifacts"));
    expect(cfg.params.reload.everyMs).toBe(15 * 60_000);
    expect(cfg.plugins.map((p) => [p.plugin.name, p.options])).toEqual([["good", { symbols: ["ES", "MES"] }]]);
    expect(Object.isFrozen(cfg)).toBe(true);
    expect(Object.isFrozen(cfg.params.reload)).toBe(true);
    expect(Object.isFrozen(cfg.plugins[0]!.options)).toBe(true);
    expect(cfg.dryRun).toBe(true);
  });

  it("falls back to the default bot when there is no file", async () => {
    const cfg = await loadConfig({ cwd: fixtures, fallback: () => ({ name: "fallback" }), env: {} });
    expect(cfg.name).toBe("fallback");
    expect(cfg.file).toBeUndefined();
  });

  it("missing file", async () => {
    expect(await failure("nope.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_NOT_FOUND  config file nope.config.ts does not exist.
        --config: resolved to ${join(fixtures, "nope.config.ts")}
        hint: pass --config <file> or create bot.config.ts in the working directory."
    `);
  });

  it("syntax error names the file and position", async () => {
    const text = await failure("broken-syntax.config.ts");
    expect(text).toMatch(/^SK_CONFIG_SYNTAX {2}broken-syntax\.config\.ts:4:\d+: syntax error: /);
    expect(text).toContain("hint: fix the syntax error at the reported position.");
  });

  it("wrong types name each field and value", async () => {
    expect(await failure("wrong-types.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_INVALID  wrong-types.config.ts: the config is invalid.
        name: use letters, digits, '.', '_' or '-' (received "wrong types")
        dryRun: expected boolean (received "yes")
        pluginTimeoutMs: Too small: expected number to be >=1 (received -5)
        hint: correct the named field; \`sessionkit info --debug\` shows the resolved config."
    `);
  });

  it("unknown keys are errors at every level", async () => {
    expect(await failure("unknown-key.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_INVALID  unknown-key.config.ts: the config is invalid.
        params.reloadEvery: unknown key
        colour: unknown key
        hint: correct the named field; \`sessionkit info --debug\` shows the resolved config."
    `);
  });

  it("the backtest section names each bad field and value", async () => {
    expect(await failure("bad-backtest.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_INVALID  bad-backtest.config.ts: the config is invalid.
        backtest.qty: Too small: expected number to be >=1 (received 0)
        backtest.intrabar: expected one of "adverse"|"favorable" (received "worst")
        backtest.commissionPerSide: Too small: expected number to be >=0 (received -2)
        backtest.slippageTicks: expected int (received 1.5)
        backtest.costs.ESZ5: unknown key
        hint: correct the named field; \`sessionkit info --debug\` shows the resolved config."
    `);
    const cfg = await load("valid.config.ts");
    expect(cfg.backtest).toEqual({});
  });

  it("a missing data folder", async () => {
    expect(await failure("missing-dir.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_PATH_MISSING  missing-dir.config.ts: data.dir "./no-such-folder" is not a folder.
        data.dir: resolved to ${join(fixtures, "no-such-folder")}, which does not exist
        hint: create the folder or file, or correct the path (relative paths resolve against the config's folder)."
    `);
  });

  it("no default export", async () => {
    expect(await failure("no-export.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_NO_EXPORT  no-export.config.ts has no default export.
        hint: end the file with \`export default defineConfig({...})\`."
    `);
  });

  it("dryRun: false needs the explicit live-trading opt-in", async () => {
    expect(await failure("live.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_INVALID  live.config.ts: dryRun is false but live trading is not opted in.
        dryRun: false requires SESSIONKIT_LIVE_TRADING=1 in the environment
        hint: live order execution needs an explicit opt-in: export SESSIONKIT_LIVE_TRADING=1, or keep dryRun: true."
    `);
    const cfg = await load("live.config.ts", { env: { SESSIONKIT_LIVE_TRADING: "1" } });
    expect(cfg.dryRun).toBe(false);
  });
});

describe("broken plugins in a config", () => {
  it("invalid options name the plugin, option and value", async () => {
    expect(await failure("bad-options.config.ts")).toMatchInlineSnapshot(`
      "SK_PLUGIN_OPTIONS_INVALID  bad-options.config.ts: plugins[0] (good) has invalid options.
        options.symbols[0]: expected one of "ES"|"NQ"|"MES"|"MNQ" (received "ESZ5")
        hint: correct the named option; the plugin's README lists them."
    `);
  });

  it("duplicate names", async () => {
    expect(await failure("duplicate.config.ts")).toMatchInlineSnapshot(`
      "SK_PLUGIN_DUPLICATE  duplicate.config.ts: plugins[2] (good) is already registered as plugins[0].
        hint: remove one of them from \`plugins\`; each plugin may appear once per bot."
    `);
  });

  it("unsatisfied requires", async () => {
    expect(await failure("requires.config.ts", { builtins: [] })).toMatchInlineSnapshot(`
      "SK_PLUGIN_REQUIRES_MISSING  requires.config.ts: needs-calendar requires capability "calendar", which no registered plugin provides.
        capabilities provided: greeting
        hint: add a plugin that provides the capability, or remove the plugin that requires it."
    `);
  });

  it("wrong sdk range", async () => {
    expect(await failure("sdk.config.ts")).toMatchInlineSnapshot(`
      "SK_PLUGIN_SDK_MISMATCH  sdk.config.ts: plugins[0] (future@2.0.0) requires sessionkit ^9.0.0, but this is 0.1.0.
        hint: upgrade the plugin or sessionkit so the versions match."
    `);
  });

  it("missing name", async () => {
    expect(await failure("nameless.config.ts")).toMatchInlineSnapshot(`
      "SK_PLUGIN_INVALID  nameless.config.ts: plugins[0] has no name.
        plugins[0]: ""
        hint: create plugins with definePlugin(); check the package exports the factory, not its result."
    `);
  });

  it("a factory listed instead of its result", async () => {
    expect(await failure("factory.config.ts")).toMatchInlineSnapshot(`
      "SK_PLUGIN_INVALID  factory.config.ts: plugins[0] is a plugin factory, not a plugin.
        plugins[0]: [function factory]
        hint: call the factory: \`myPlugin()\` instead of \`myPlugin\`."
    `);
  });
});

describe("a config that imports a module that does not exist", () => {
  it("names the module and the line, with a hint about the path, not the syntax", async () => {
    expect(await failure("broken-missing-module.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_MODULE_NOT_FOUND  broken-missing-module.config.ts:2: cannot find module "./no-such-module.js".
        at ${join(fixtures, "broken-missing-module.config.ts")}:2
        hint: check the import path; it resolves against the folder of broken-missing-module.config.ts."
    `);
  });

  it("names a missing package and says to install it", async () => {
    expect(await failure("broken-missing-package.config.ts")).toMatchInlineSnapshot(`
      "SK_CONFIG_MODULE_NOT_FOUND  broken-missing-package.config.ts:2: cannot find module "@sessionkit/plugin-nope".
        at ${join(fixtures, "broken-missing-package.config.ts")}:2
        hint: install the package (npm install @sessionkit/plugin-nope) or correct the import."
    `);
  });
});
