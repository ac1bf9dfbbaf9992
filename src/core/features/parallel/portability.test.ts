import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { MODEL_FEATURES } from "../builtin/index.js";
import { defineFeature, type FeatureSource } from "../contract.js";
import { createFeatureRegistry } from "../default-registry.js";
import { defineFamily, intParam } from "../family.js";
import { INDICATOR_FAMILIES } from "../indicators/index.js";
import type { FeatureExternals } from "../providers.js";
import { FeatureRegistry } from "../registry.js";
import { featureSource } from "../source.js";
import { isWorkerSafe, MAIN_THREAD_FAMILIES, workerSafeFamilyNames } from "./portability.js";

const registry = createFeatureRegistry();

describe("isWorkerSafe", () => {
  it("model features are safe by identity; the external-input ones never", () => {
    for (const def of MODEL_FEATURES) expect(isWorkerSafe(def)).toBe(!MAIN_THREAD_FAMILIES.has(def.family));
    expect(MAIN_THREAD_FAMILIES).toEqual(new Set(["ob_imbalance", "pos", "s7_regime"]));
  });

  it("a family member is safe only with the registry that resolved it", () => {
    const def = registry.resolve("atr:20");
    expect(isWorkerSafe(def, registry)).toBe(true);
    expect(isWorkerSafe(def)).toBe(false);
    // Another default registry resolves its own def object: this one cannot be traced through it.
    expect(isWorkerSafe(def, createFeatureRegistry())).toBe(false);
  });

  it("a user family under a built-in name stays on the main thread", () => {
    const fake = defineFamily<{ period: number }>({
      name: "ema",
      description: "not the built-in ema",
      params: [intParam("period", 20)],
      warmup: () => 1,
      createStream: () => ({ update: () => 42 }),
    });
    const own = new FeatureRegistry().register(fake);
    expect(isWorkerSafe(own.resolve("ema:20"), own)).toBe(false);
    const lone = defineFeature({
      key: "ret_1m",
      family: "ret_1m",
      fill: 0,
      warmup: 1,
      description: "a look-alike",
      createStream: () => ({ update: () => 1 }),
    });
    expect(isWorkerSafe(lone, registry)).toBe(false);
  });

  it("a plugin family in the registry stays on the main thread", () => {
    const r = createFeatureRegistry().register(
      defineFamily<{ n: number }>({
        name: "my.signal",
        description: "plugin",
        params: [intParam("n", 3)],
        warmup: () => 1,
        createStream: () => ({ update: () => 0 }),
      }),
    );
    expect(isWorkerSafe(r.resolve("my.signal"), r)).toBe(false);
  });

  it("no worker-safe built-in reads the source's external inputs", () => {
    const bars = randomWalkBars(600, 7);
    const trap = new Proxy({} as FeatureExternals, {
      get(_t, prop) {
        throw new Error(`externals.${String(prop)} read`);
      },
    });
    const src: FeatureSource = featureSource(bars, labelBars(bars.time), trap);
    const names = workerSafeFamilyNames();
    expect(names.length).toBe(MODEL_FEATURES.length - 3 + INDICATOR_FAMILIES.length);
    for (const name of names) {
      const def = registry.resolve(name);
      expect(() => def.batch(src), name).not.toThrow();
      if (def.shared !== undefined) expect(() => def.shared!.createGroupStream(src, [def]), name).not.toThrow();
    }
    // The trap works: the main-thread features do read it.
    expect(() => registry.resolve("pos").batch(src)).toThrow(/externals\.position/);
  });
});
