import { describe, expect, it } from "vitest";
import { MODEL_FEATURE_NAMES } from "../builtin/index.js";
import { createFeatureRegistry } from "../default-registry.js";
import { STRATEGY_DEFAULT_FEATURES } from "../indicators/index.js";
import { groupCost } from "./cost.js";
import { isWorkerSafe } from "./portability.js";
import { kernelUnits, splitUnits } from "./split.js";

const registry = createFeatureRegistry();
const BENCH_KEYS = [...MODEL_FEATURE_NAMES, ...STRATEGY_DEFAULT_FEATURES];

describe("kernelUnits", () => {
  it("groups features by shared kernel as computeColumns does, loners on their own", () => {
    const defs = ["atr:20", "ema:20", "kc.upper:20,20,1.5", "quantile.tr:60,0.5", "kc.lower:20,20,1.5"].map((k) =>
      registry.resolve(k),
    );
    const units = kernelUnits(
      defs,
      defs.map(() => true),
    );
    expect(units.map((u) => u.members)).toEqual([[0, 2, 4], [1], [3]]);
    expect(units[0]!.cost).toBe(groupCost([defs[0]!, defs[2]!, defs[4]!]));
  });

  it("a unit with one member that must stay on the main thread is not portable", () => {
    const defs = ["ema:20", "pos", "ema:40"].map((k) => registry.resolve(k));
    const units = kernelUnits(
      defs,
      defs.map((d) => isWorkerSafe(d, registry)),
    );
    expect(units.map((u) => u.portable)).toEqual([true, false, true]);
  });
});

describe("splitUnits", () => {
  it("keeps non-portable units on the main thread and assigns whole units", () => {
    const units = [
      { members: [0], cost: 5, portable: false },
      { members: [1, 4], cost: 30, portable: true },
      { members: [2], cost: 20, portable: true },
      { members: [3], cost: 12, portable: true },
    ];
    const s = splitUnits(units);
    expect(s.main).toContain(0);
    expect(s.worker).toEqual([1, 4]);
    expect(s.main).toEqual([0, 2, 3]);
    expect([s.mainCost, s.workerCost]).toEqual([37, 30]);
  });

  it("balances the bench set within the dearest unit", () => {
    const defs = BENCH_KEYS.map((k) => registry.resolve(k));
    const portable = defs.map((d) => isWorkerSafe(d, registry));
    const units = kernelUnits(defs, portable);
    const s = splitUnits(units);
    const total = units.reduce((a, u) => a + u.cost, 0);
    const dearest = Math.max(...units.map((u) => u.cost));
    expect(s.mainCost + s.workerCost).toBeCloseTo(total, 9);
    expect(Math.abs(s.mainCost - s.workerCost)).toBeLessThanOrEqual(dearest);
    // Every feature exactly once; the three external-input features on the main thread.
    expect([...s.main, ...s.worker].sort((a, b) => a - b)).toEqual(defs.map((_, k) => k));
    for (const key of ["ob_imbalance", "pos", "s7_regime"]) expect(s.main).toContain(BENCH_KEYS.indexOf(key));
    // A shared kernel's members never straddle the threads.
    for (const u of units) {
      const onMain = u.members.filter((k) => s.main.includes(k)).length;
      expect(onMain === 0 || onMain === u.members.length).toBe(true);
    }
  });

  it("with nothing portable everything stays on the main thread", () => {
    const s = splitUnits([
      { members: [0], cost: 1, portable: false },
      { members: [1], cost: 2, portable: false },
    ]);
    expect(s).toEqual({ main: [0, 1], worker: [], mainCost: 3, workerCost: 0 });
  });

  it("counts main-thread overhead as main-thread work", () => {
    const units = [
      { members: [0], cost: 10, portable: true },
      { members: [1], cost: 10, portable: true },
    ];
    expect(splitUnits(units, 15).worker).toEqual([0, 1]);
  });
});
