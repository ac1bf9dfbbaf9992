import { describe, expect, it } from "vitest";
import { z } from "zod";
import { resolveConfig } from "../config/index.js";
import { createToken } from "../di/index.js";
import { createLogger } from "../logging/index.js";
import { definePlugin, type PluginInstance } from "../plugin/index.js";
import { Kernel } from "./kernel.js";
import { Stage } from "./stages.js";

const silent = createLogger({ level: "silent" });
const bot = (plugins: PluginInstance[], extra: Record<string, unknown> = {}) =>
  new Kernel(resolveConfig({ name: "t", plugins, ...extra }), { logger: silent });

const CounterToken = createToken<{ n: number }>("test.Counter");

describe("Kernel lifecycle", () => {
  it("runs setup in order, init in series, shutdown LIFO, and records a boot timing tree", async () => {
    const log: string[] = [];
    const mk = (name: string) =>
      definePlugin({
        name,
        version: "1.0.0",
        sdk: "*",
        setup(ctx) {
          log.push(`setup ${name}`);
          ctx.hooks.lifecycle.init.tapPromise(async () => {
            await new Promise((r) => setTimeout(r, 1));
            log.push(`init ${name}`);
          });
          ctx.onShutdown(() => {
            log.push(`shutdown ${name}`);
          });
        },
      })();
    const k = bot([mk("a"), mk("b")]);
    k.register();
    k.seal();
    await k.init();
    await k.run(() => log.push("run"));
    await k.shutdown();
    expect(log).toEqual(["setup a", "setup b", "init a", "init b", "run", "shutdown b", "shutdown a"]);
    expect(k.boot.children.map((c) => c.name)).toEqual(["register", "seal", "init", "ready"]);
    expect(k.boot.children[0]!.children.map((c) => c.name)).toEqual(["a", "b"]);
    expect(k.boot.ms).toBeGreaterThan(0);
  });

  it("refuses out-of-order phases", async () => {
    const k = bot([]);
    await expect(k.init()).rejects.toThrow(/kernel.init\(\) called in phase "configured", expected "sealed"/);
  });

  it("orders taps by stage, not registration order, and bails on the first answer", () => {
    const answers = definePlugin({
      name: "late",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.hooks.lifecycle.registered.tap(() => order.push("late"), { stage: Stage.Report });
      },
    });
    const early = definePlugin({
      name: "early",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.hooks.lifecycle.registered.tap(() => order.push("early"), { stage: Stage.Validate });
      },
    });
    const order: string[] = [];
    const k = bot([answers(), early()]);
    k.register();
    expect(order).toEqual(["early", "late"]);
  });

  it("tags a throwing tap with plugin and hook (SK_HOOK_FAILED)", async () => {
    const bad = definePlugin({
      name: "bad-init",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.hooks.lifecycle.init.tapPromise(async () => {
          throw new Error("disk full");
        });
      },
    });
    await expect(Kernel.start(resolveConfig({ plugins: [bad()] }), { logger: silent })).rejects.toMatchObject({
      code: "SK_HOOK_FAILED",
      plugin: "bad-init",
      hook: "lifecycle.init",
      message: 'plugin "bad-init" failed in hook lifecycle.init: disk full',
    });
  });

  it("times out a slow init with the configured per-plugin timeout and aborts its signal", async () => {
    let aborted = false;
    const slow = definePlugin({
      name: "slow",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.hooks.lifecycle.init.tapPromise(
          (c) =>
            new Promise((resolve) => {
              c.signal.addEventListener("abort", () => {
                aborted = true;
                resolve();
              });
            }),
        );
      },
    });
    const cfg = resolveConfig({ plugins: [slow()], pluginTimeoutMs: 20 });
    await expect(Kernel.start(cfg, { logger: silent })).rejects.toMatchObject({
      code: "SK_PLUGIN_INIT_TIMEOUT",
      plugin: "slow",
    });
    expect(aborted).toBe(true);
  });

  it("throws SK_TAP_AFTER_SEAL when a plugin taps after seal", async () => {
    let saved: (() => void) | undefined;
    const sneaky = definePlugin({
      name: "sneaky",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        saved = () => ctx.hooks.lifecycle.ready.tap(() => undefined);
      },
    });
    const k = await Kernel.start(resolveConfig({ plugins: [sneaky()] }), { logger: silent });
    expect(() => saved!()).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: plugin "sneaky" tapped lifecycle.ready after the kernel was sealed.]`,
    );
    await k.shutdown();
  });

  it("keeps two bots in one process apart (services, hooks, config)", async () => {
    const counter = definePlugin({
      name: "counter",
      version: "1.0.0",
      sdk: "*",
      options: z.strictObject({ start: z.number() }),
      setup(ctx, o) {
        ctx.services.register(CounterToken, { useValue: { n: o.start } });
        ctx.hooks.lifecycle.ready.tap(({ services }) => {
          services.resolve(CounterToken).n += 1;
        });
      },
    });
    const [a, b] = await Promise.all([
      Kernel.start(resolveConfig({ name: "a", plugins: [counter({ start: 10 })] }), { logger: silent }),
      Kernel.start(resolveConfig({ name: "b", plugins: [counter({ start: 100 })] }), { logger: silent }),
    ]);
    expect(a.resolve(CounterToken).n).toBe(11);
    expect(b.resolve(CounterToken).n).toBe(101);
    expect(a.resolve(CounterToken)).not.toBe(b.resolve(CounterToken));
    const tapsOf = (k: Kernel) => k.describe().hooks.find((h) => h.id === "lifecycle.ready")!.taps.length;
    expect([tapsOf(a), tapsOf(b)]).toEqual([1, 1]);
    await Promise.all([a.shutdown(), b.shutdown()]);
  });

  it("reports a throwing setup and an async setup as coded errors", () => {
    const throwing = definePlugin({
      name: "throws",
      version: "1.0.0",
      sdk: "*",
      setup() {
        throw new Error("bad wiring");
      },
    });
    expect(() => bot([throwing()]).register()).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: plugin "throws" setup() threw: bad wiring]`,
    );
    const asyncSetup = definePlugin({
      name: "async-setup",
      version: "1.0.0",
      sdk: "*",
      setup: (async () => undefined) as unknown as () => void,
    });
    expect(() => bot([asyncSetup()]).register()).toThrow(/setup\(\) returned a promise/);
  });

  it("isolates shutdown failures and still runs every callback", async () => {
    const ran: string[] = [];
    const p = definePlugin({
      name: "p",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.onShutdown(() => {
          ran.push("first");
        });
        ctx.onShutdown(() => {
          throw new Error("close failed");
        });
      },
    });
    const k = await Kernel.start(resolveConfig({ plugins: [p()] }), { logger: silent });
    await k.shutdown();
    await k.shutdown();
    expect(ran).toEqual(["first"]);
    expect(k.phase).toBe("stopped");
  });
});
