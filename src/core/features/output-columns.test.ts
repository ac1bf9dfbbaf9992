import { describe, expect, it } from "vitest";
import { labelBars } from "../market-time/index.js";
import { randomWalkBars } from "./__tests__/fixtures.js";
import { MODEL_FEATURES } from "./builtin/index.js";
import { defineFeature } from "./contract.js";
import { createFeatureRegistry } from "./default-registry.js";
import { computeColumns, computeColumnsSerial } from "./feature-set.js";
import { STRATEGY_DEFAULT_FEATURES } from "./indicators/index.js";
import { outputColumn } from "./output-columns.js";
import { featureSource } from "./source.js";

// A NaN whose payload no kernel produces (kernels write the canonical NaN): a row still holding it was
// never written.
const SENTINEL_BITS = 0x7ff8_dead_beef_0001n;

function sentinelColumn(n: number): Float64Array {
  const col = new Float64Array(n);
  new BigUint64Array(col.buffer).fill(SENTINEL_BITS);
  return col;
}

function unwrittenRows(col: Float64Array): number {
  let rows = 0;
  for (const bits of new BigUint64Array(col.buffer, col.byteOffset, col.length)) if (bits === SENTINEL_BITS) rows++;
  return rows;
}

describe("outputColumn", () => {
  // outputColumn skips the zero fill for built-in kernels on the promise that they write every row.
  it("every built-in kernel writes every row of a batch (model features, every family at defaults, the strategies' keys)", () => {
    const registry = createFeatureRegistry();
    const keys = [
      ...MODEL_FEATURES.map((d) => d.key),
      ...registry.list().map((f) => f.name),
      ...STRATEGY_DEFAULT_FEATURES,
    ];
    const defs = [...new Map(keys.map((k) => [registry.resolve(k).key, registry.resolve(k)])).values()];
    expect(defs.length).toBeGreaterThan(60);
    expect(unwrittenRows(sentinelColumn(5))).toBe(5);
    const bars = randomWalkBars(6_000, 17);
    const src = featureSource(bars, labelBars(bars.time));
    // Together (shared kernels run once for their members) and each on its own.
    const together = computeColumnsSerial(
      src,
      defs,
      defs.map(() => sentinelColumn(bars.length)),
    );
    defs.forEach((d, k) => {
      expect(unwrittenRows(together[k]!), d.key).toBe(0);
      expect(unwrittenRows(d.batch(src, sentinelColumn(bars.length))), d.key).toBe(0);
    });
  });

  it("is zero-filled for features not traced to a built-in kernel, and the same values either way", () => {
    const registry = createFeatureRegistry();
    const mine = defineFeature({
      key: "mine",
      family: "mine",
      fill: 0,
      warmup: 1,
      description: "test",
      createStream: () => ({ update: () => 1 }),
    });
    const n = 20_000;
    expect(Array.from(outputColumn(mine, n, registry).subarray(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // A family member without the registry that resolved it cannot be traced: zero-filled as well.
    const atr = registry.resolve("atr:14");
    expect(outputColumn(atr, n).every((x) => x === 0)).toBe(true);
    expect(outputColumn(atr, n, registry).length).toBe(n);
    const bars = randomWalkBars(n, 5);
    const src = featureSource(bars, labelBars(bars.time));
    const defs = ["atr:14", "vwap.session", "rsi_14"].map((k) => registry.resolve(k));
    const a = computeColumns(src, defs, undefined, { registry, threads: 1 });
    const b = computeColumnsSerial(src, defs);
    defs.forEach((d, k) => {
      expect(a[k], d.key).toEqual(b[k]);
    });
  });
});
