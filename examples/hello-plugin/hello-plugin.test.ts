import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Runs the BUILT CLI as a user would (npm test builds first).
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli/main.js");
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });

describe("examples/hello-plugin", () => {
  it("boots through `sessionkit info` with its service, hook tap and options", () => {
    const r = run(["info", "--config", "examples/hello-plugin/bot.config.ts", "--json"]);
    expect(r.stderr).toContain('"greeting":"good morning, ES and MNQ!"');
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.name).toBe("hello-bot");
    expect(info.plugins.map((p: { name: string }) => p.name)).toContain("hello-plugin");
    expect(info.services).toContainEqual({ token: "hello.Greeter", owner: "hello-plugin" });
    const ready = info.hooks.find((h: { id: string }) => h.id === "lifecycle.ready");
    expect(ready.taps).toContainEqual({ plugin: "hello-plugin", stage: 0 });
    expect(info.config.plugins.find((p: { name: string }) => p.name === "hello-plugin").options).toEqual({
      greeting: "good morning",
      symbols: ["ES", "MNQ"],
    });
    expect(info.boot.children.map((c: { name: string }) => c.name)).toEqual(["register", "seal", "init", "ready"]);
  });

  it("prints a readable report without --json", () => {
    const r = run(["info", "--config", "examples/hello-plugin/bot.config.ts"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("hello-plugin@1.0.0");
    expect(r.stdout).toContain("hello.Greeter ← hello-plugin");
    expect(r.stdout).toMatch(/lifecycle\.ready \(series\): hello-plugin@0/);
    expect(r.stdout).toMatch(/boot \d+\.\d ms/);
  });

  it("a bad option exits non-zero with the coded message and no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-hello-"));
    const plugin = join(root, "examples/hello-plugin/plugin.ts");
    writeFileSync(
      join(dir, "bot.config.ts"),
      `import { helloPlugin } from ${JSON.stringify(plugin)};\nexport default { plugins: [helloPlugin({ symbols: ["ESZ5"] } as never)] };\n`,
    );
    const r = run(["info"], dir);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatchInlineSnapshot(`
      "SK_PLUGIN_OPTIONS_INVALID  bot.config.ts: plugins[0] (hello-plugin) has invalid options.
        options.symbols[0]: expected one of "ES"|"NQ"|"MES"|"MNQ" (received "ESZ5")
        hint: correct the named option; the plugin's README lists them.
      "
    `);
    const debug = run(["info", "--debug"], dir);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("--help and --version work", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: sessionkit");
    expect(help.stdout).toContain("info");
    const version = run(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
