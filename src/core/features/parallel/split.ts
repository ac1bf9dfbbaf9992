import type { FeatureDef } from "../contract.js";
import { groupCost } from "./cost.js";

/** Indices of features computed in one pass: a shared kernel's members, or one feature alone. */
export interface KernelUnit {
  readonly members: readonly number[];
  readonly cost: number;
  /** False when any member must run on the main thread. */
  readonly portable: boolean;
}

/**
 * The kernel passes `computeColumns` makes over `defs`: features sharing a `shared.id` (two or more
 * of them) form one unit, every other feature its own. Same rule as the single-thread path, so each
 * thread, given whole units, groups its share exactly as the whole set would be grouped.
 */
export function kernelUnits(defs: readonly FeatureDef[], portable: readonly boolean[]): KernelUnit[] {
  const byId = new Map<string, number[]>();
  const units: number[][] = [];
  defs.forEach((d, k) => {
    const id = d.shared?.id;
    const group = id === undefined ? undefined : byId.get(id);
    if (group !== undefined) group.push(k);
    else {
      const unit = [k];
      units.push(unit);
      if (id !== undefined) byId.set(id, unit);
    }
  });
  return units.map((members) => ({
    members,
    cost: groupCost(members.map((k) => defs[k]!)),
    portable: members.every((k) => portable[k] === true),
  }));
}

/** Which features each thread computes (indices into defs, in defs order), and the estimated costs. */
export interface ThreadSplit {
  readonly main: number[];
  readonly worker: number[];
  readonly mainCost: number;
  readonly workerCost: number;
}

/**
 * Whole units to the two threads: non-portable units to the main thread, then the portable ones,
 * dearest first, each to the thread with less estimated work so far (longest-processing-time rule).
 * `mainOverhead` is work the main thread has besides kernels (copying worker outputs it must copy).
 */
export function splitUnits(units: readonly KernelUnit[], mainOverhead = 0): ThreadSplit {
  let mainCost = mainOverhead;
  let workerCost = 0;
  const main: number[] = [];
  const worker: number[] = [];
  for (const u of units) {
    if (u.portable) continue;
    main.push(...u.members);
    mainCost += u.cost;
  }
  const portable = units.filter((u) => u.portable).sort((a, b) => b.cost - a.cost);
  for (const u of portable) {
    if (workerCost < mainCost) {
      worker.push(...u.members);
      workerCost += u.cost;
    } else {
      main.push(...u.members);
      mainCost += u.cost;
    }
  }
  const byIndex = (a: number, b: number) => a - b;
  return { main: main.sort(byIndex), worker: worker.sort(byIndex), mainCost, workerCost };
}
