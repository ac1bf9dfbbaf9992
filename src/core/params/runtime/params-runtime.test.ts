import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SessionkitError } from "../../errors/index.js";
import { testRegistry } from "../__fixtures__/registry.js";
import { makeParamFile, serializeParamFile } from "../file-format.js";
import { paramsInvalidError } from "../load.js";
import { defaultParamSet } from "../param-set.js";
import { writeFileAtomic } from "../store/atomic.js";
import { createFileStoreProvider } from "./file-provider.js";
import { ParamsRuntime } from "./params-runtime.js";
import type { ParamProvider, RejectedEvent, ReloadedEvent } from "./provider.js";

const registry = testRegistry();

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "sk-params-rt-"));
  const currentDir = join(dir, "parameters", "current");
  mkdirSync(currentDir, { recursive: true });
  const rejected: RejectedEvent[] = [];
  const reloaded: ReloadedEvent[] = [];
  const events = {
    onRejected: (e: RejectedEvent) => rejected.push(e),
    onReloaded: (e: ReloadedEvent) => reloaded.push(e),
  };
  const write = (text: string) => writeFileSync(join(currentDir, "S2.json"), text);
  const s2 = (defaults: Record<string, unknown>, sessions = {}) =>
    serializeParamFile(makeParamFile({ strategy: "S2", defaults, sessions }));
  return { dir, currentDir, rejected, reloaded, events, write, s2, provider: createFileStoreProvider(dir, registry) };
}

describe("ParamsRuntime", () => {
  it("falls back to schema defaults, then serves the file, then keeps last-known-good on a bad file", async () => {
    const t = setup();
    const rt = await ParamsRuntime.create({ registry, providers: [t.provider], events: t.events });
    expect(rt.lookup("S2", "RTH")).toEqual(defaultParamSet(registry.get("S2")).sessions.RTH);
    expect(t.reloaded[0]?.strategies.find((s) => s.strategy === "S2")?.provider).toBe("schema-defaults");

    t.write(t.s2({ minVolume: 1000 }, { RTH: { minVolume: 500 } }));
    await rt.reload();
    expect(rt.lookup("S2", "RTH").minVolume).toBe(500);
    expect(rt.lookupCode("S2", 0).minVolume).toBe(1000);
    expect(rt.lookup("s2", "PostRTH").minVolume).toBe(1000);
    expect(rt.lookup("S2", "RTH")).toBe(rt.lookup("S2", "RTH"));
    expect(Object.isFrozen(rt.lookup("S2", "RTH"))).toBe(true);

    t.write(
      t
        .s2({ minVolume: 1000 }, { RTH: { stopAtrMult: 1.5, targetAtrMult: 2 } })
        .replace(/"parametersHash": "\w+",/, ""),
    );
    await rt.reload();
    expect(t.rejected).toHaveLength(1);
    const e = t.rejected[0]!;
    expect({ file: e.file, path: e.path, message: e.message }).toEqual({
      file: join(t.currentDir, "S2.json"),
      path: "sessions.RTH",
      message: "sessions.RTH: targetAtrMult 2 must be > stopAtrMult 1.5 + 0.5",
    });
    expect(rt.lookup("S2", "RTH").minVolume).toBe(500);
    expect(t.reloaded.at(-1)?.strategies.find((s) => s.strategy === "S2")?.provider).toBe("last-known-good");

    rmSync(join(t.currentDir, "S2.json"));
    await rt.reload();
    expect(rt.lookup("S2", "RTH").minVolume).toBe(500);
    rt.close();
  });

  it("names the value of a rejected field", async () => {
    const t = setup();
    const rt = await ParamsRuntime.create({ registry, providers: [t.provider], events: t.events });
    t.write('{"strategy":"S2","schemaVersion":1,"defaults":{"minVolume":"lots"}}');
    await rt.reload();
    expect(t.rejected.map((r) => [r.path, r.value, r.message])).toEqual([
      ["defaults.minVolume", "lots", 'defaults.minVolume: expected a number ("lots")'],
    ]);
  });

  it("reports file, field and value of a rejection wrapped by a hook guard", async () => {
    const t = setup();
    const inner = paramsInvalidError(
      [{ path: "defaults.minVolume", message: "must be >= 0", value: -1 }],
      "/x/S2.json",
    );
    const wrapped: ParamProvider = {
      name: "params.resolve",
      resolve: () => {
        throw new SessionkitError("SK_HOOK_FAILED", "file-params failed in params.resolve", { cause: inner });
      },
    };
    await ParamsRuntime.create({ registry, providers: [wrapped], events: t.events });
    expect(t.rejected[0]).toMatchObject({
      file: "/x/S2.json",
      path: "defaults.minVolume",
      value: -1,
      message: "defaults.minVolume: must be >= 0 (-1)",
    });
    expect(t.rejected[0]?.error.code).toBe("SK_HOOK_FAILED");
  });

  it("lets a plugin provider answer first (bail chain) and reports who resolved", async () => {
    const t = setup();
    t.write(t.s2({ minVolume: 1000 }));
    const set = defaultParamSet(registry.get("S2"));
    const pinned: ParamProvider = { name: "pinned", resolve: ({ strategy }) => (strategy === "S2" ? set : undefined) };
    const onResolved = vi.fn();
    const rt = await ParamsRuntime.create({
      registry,
      providers: [pinned, t.provider],
      events: { ...t.events, onResolved },
    });
    expect(rt.current("S2")).toBe(set);
    expect(onResolved).toHaveBeenCalledWith(expect.objectContaining({ strategy: "S2", provider: "pinned" }));
    expect(onResolved).toHaveBeenCalledWith(expect.objectContaining({ strategy: "S3", provider: "schema-defaults" }));
  });

  it("is single-flight: concurrent reloads share one follow-up pass", async () => {
    const t = setup();
    let calls = 0;
    const slow: ParamProvider = {
      name: "slow",
      resolve: async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 5));
        return undefined;
      },
    };
    const rt = await ParamsRuntime.create({ registry, providers: [slow], events: t.events });
    calls = 0;
    await Promise.all(Array.from({ length: 10 }, () => rt.reload()));
    expect(calls).toBe(2 * registry.ids().length);
  });

  it("reloads on the injected schedule and on debounced file changes", async () => {
    const t = setup();
    let tick: (() => void) | undefined;
    let period = 0;
    const timer = {
      setInterval: (fn: () => void, ms: number) => {
        tick = fn;
        period = ms;
        return 1;
      },
      clearInterval: vi.fn(),
    };
    let changed: (() => void) | undefined;
    const watcher = vi.fn((_dir: string, cb: () => void) => {
      changed = cb;
      return { close: vi.fn() };
    });
    const rt = await ParamsRuntime.create({
      registry,
      providers: [t.provider],
      events: t.events,
      timer,
      watcher,
      watchDir: t.currentDir,
      debounceMs: 5,
    });
    rt.start();
    expect(period).toBe(3_600_000);
    expect(watcher).toHaveBeenCalledWith(t.currentDir, expect.any(Function));
    t.write(t.s2({ minVolume: 4242 }));
    tick!();
    await vi.waitFor(() => expect(t.reloaded.at(-1)?.trigger).toBe("schedule"));
    expect(rt.lookup("S2", "RTH").minVolume).toBe(4242);
    const before = t.reloaded.length;
    t.write(t.s2({ minVolume: 4343 }));
    for (let i = 0; i < 5; i++) changed!();
    await vi.waitFor(() => expect(rt.lookup("S2", "RTH").minVolume).toBe(4343));
    await new Promise((r) => setTimeout(r, 20));
    expect(t.reloaded.slice(before).map((r) => r.trigger)).toEqual(["watch"]);
    rt.close();
    expect(timer.clearInterval).toHaveBeenCalledWith(1);
  });

  it("reloads when a file is atomically replaced in the watched folder (real fs.watch)", async () => {
    const t = setup();
    const rt = await ParamsRuntime.create({
      registry,
      providers: [t.provider],
      events: t.events,
      watchDir: t.currentDir,
      debounceMs: 20,
    });
    rt.start();
    await writeFileAtomic(join(t.currentDir, "S2.json"), t.s2({ minVolume: 777 }));
    await vi.waitFor(() => expect(rt.lookup("S2", "RTH").minVolume).toBe(777), { timeout: 5000, interval: 20 });
    expect(t.reloaded.at(-1)?.trigger).toBe("watch");
    rt.close();
  });

  it("fails clearly when the watched folder does not exist", async () => {
    const t = setup();
    const rt = await ParamsRuntime.create({
      registry,
      providers: [t.provider],
      events: t.events,
      watchDir: join(t.dir, "nope"),
    });
    expect(() => rt.start()).toThrow(/nope: cannot watch for parameter changes \(ENOENT\)/);
  });

  it("never yields a mixed set while reloads race with many async lookups", async () => {
    const t = setup();
    const X = t.s2({ minVolume: 1000, stopAtrMult: 1.25, targetAtrMult: 2.5 });
    const Y = t.s2({ minVolume: 2000, stopAtrMult: 1.5, targetAtrMult: 3 });
    t.write(X);
    const rt = await ParamsRuntime.create({ registry, providers: [t.provider], events: t.events });
    const seen = new Set<string>();
    let stop = false;
    const reader = async () => {
      while (!stop) {
        const p = rt.lookup("S2", "Overnight");
        seen.add(`${p.minVolume}/${p.stopAtrMult}/${p.targetAtrMult}`);
        await new Promise((r) => setImmediate(r));
      }
    };
    const readers = Array.from({ length: 50 }, reader);
    for (let i = 0; i < 30; i++) {
      t.write(i % 2 === 0 ? Y : X);
      await Promise.all([rt.reload(), rt.reload()]);
    }
    stop = true;
    await Promise.all(readers);
    expect([...seen].sort()).toEqual(["1000/1.25/2.5", "2000/1.5/3"]);
    expect(t.rejected).toEqual([]);
  });
});
