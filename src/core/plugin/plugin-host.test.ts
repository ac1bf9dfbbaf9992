import { describe, expect, it } from "vitest";
import { z } from "zod";
import { definePlugin } from "./define-plugin.js";
import { resolvePlugins } from "./plugin-host.js";

const p = (name: string, meta: { requires?: string[]; provides?: string[] } = {}) =>
  definePlugin({ name, version: "1.0.0", sdk: "*", ...meta, setup() {} })();

describe("plugin host", () => {
  it("orders providers before the plugins that require them, otherwise keeps config order", () => {
    const order = resolvePlugins(
      [p("trainer", { requires: ["params", "calendar"] }), p("params-file", { provides: ["params"] }), p("x")],
      [p("cme-calendar", { provides: ["calendar"] })],
      "/bots/bot.config.ts",
    ).map((e) => e.plugin.name);
    expect(order).toEqual(["cme-calendar", "params-file", "trainer", "x"]);
  });

  it("lets a user plugin replace a built-in of the same name", () => {
    const entries = resolvePlugins([p("cme-calendar", { provides: ["calendar"] })], [p("cme-calendar")], undefined);
    expect(entries.map((e) => [e.plugin.name, e.builtin])).toEqual([["cme-calendar", false]]);
  });

  it("skips falsy entries so `cond && plugin()` works", () => {
    const entries = resolvePlugins([false, null, undefined, 0, "", p("a")], [], undefined);
    expect(entries.map((e) => [e.plugin.name, e.index])).toEqual([["a", 5]]);
  });

  it("detects requirement cycles", () => {
    expect(() =>
      resolvePlugins(
        [p("a", { requires: ["b"], provides: ["a"] }), p("b", { requires: ["a"], provides: ["b"] })],
        [],
        undefined,
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: default config: plugin requirements form a cycle among a, b.]`,
    );
  });

  it("applies option defaults and rejects options for a plugin that takes none", () => {
    const withDefaults = definePlugin({
      name: "d",
      version: "1.0.0",
      sdk: "*",
      options: z.strictObject({ n: z.number().default(3) }),
      setup() {},
    });
    expect(resolvePlugins([withDefaults()], [], undefined)[0]!.options).toEqual({ n: 3 });
    const noOptions = definePlugin({ name: "n", version: "1.0.0", sdk: "*", setup() {} });
    const given = (noOptions as unknown as (o: unknown) => ReturnType<typeof noOptions>)({ x: 1 });
    expect(() => resolvePlugins([given], [], undefined)).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: default config: plugins[0] (n) takes no options.]`,
    );
  });

  it("refuses objects that were not made by definePlugin, and invalid versions", () => {
    expect(() => resolvePlugins([{ name: "fake", setup() {} }], [], "bot.config.ts")).toThrow(
      "bot.config.ts: plugins[0] is not a plugin made by definePlugin().",
    );
    const badVersion = definePlugin({ name: "v", version: "one", sdk: "*", setup() {} });
    expect(() => resolvePlugins([badVersion()], [], undefined)).toThrow('plugins[0] (v) has an invalid version "one"');
  });
});
