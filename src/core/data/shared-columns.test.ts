// Large bar and label columns are SAB-backed (a features worker thread reads them without a copy);
// small ones stay ordinary. Values are the same either way.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { labelBars, SHARED_LABELS_MIN_BARS } from "../market-time/index.js";
import { tempDir } from "./__fixtures__/temp-files.js";
import { createBars } from "./bars-ops.js";
import { BarColumnBuilder, barColumn, SHARED_COLUMN_MIN_ROWS } from "./column-builder.js";
import { readBarCache, writeBarCache } from "./store/bar-cache.js";

const tmp = tempDir("sk-shared-cols-");
afterAll(() => tmp.cleanup());

const shared = (a: ArrayBufferView) => a.buffer instanceof SharedArrayBuffer;

describe("SAB-backed columns from the data producers", () => {
  it("barColumn switches to shared memory at SHARED_COLUMN_MIN_ROWS", () => {
    expect(shared(barColumn(SHARED_COLUMN_MIN_ROWS - 1))).toBe(false);
    expect(shared(barColumn(SHARED_COLUMN_MIN_ROWS))).toBe(true);
  });

  it("the column builder grows into shared memory and keeps every row", () => {
    const b = new BarColumnBuilder(16);
    const n = SHARED_COLUMN_MIN_ROWS + 10;
    for (let i = 0; i < n; i++) b.push(i * 60_000, i, i + 1, i - 1, i + 0.5, i % 7, i + 1);
    const rows = b.finish();
    expect(shared(rows.close)).toBe(true);
    expect(rows.close.length).toBe(n);
    expect(rows.close[n - 1]).toBe(n - 1 + 0.5);
    expect(rows.time[12_345]).toBe(12_345 * 60_000);
  });

  it("a large bar cache loads into shared memory with the same values; a small one does not", () => {
    for (const n of [1000, SHARED_COLUMN_MIN_ROWS + 3]) {
      const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
      const bars = createBars({
        symbol: "ES",
        contract: "ESM26",
        time: col((i) => 1_767_225_600_000 + i * 60_000),
        open: col((i) => 6800 + i * 0.25),
        high: col((i) => 6801 + i * 0.25),
        low: col((i) => 6799 + i * 0.25),
        close: col((i) => 6800.5 + i * 0.25),
        volume: col((i) => 1 + (i % 97)),
      });
      const p = join(tmp.dir, `c${n}.skbars`);
      writeBarCache(p, bars, "k");
      const back = readBarCache(p, "k")!;
      expect(shared(back.close), String(n)).toBe(n >= SHARED_COLUMN_MIN_ROWS);
      for (const c of ["time", "open", "high", "low", "close", "volume"] as const) {
        expect(back[c].length).toBe(n);
        expect(
          back[c].every((v, i) => Object.is(v, bars[c][i])),
          c,
        ).toBe(true);
      }
    }
  });

  it("labelBars answers SAB-backed columns from SHARED_LABELS_MIN_BARS bars on", () => {
    const time = (n: number) => Float64Array.from({ length: n }, (_, i) => Date.UTC(2025, 0, 6, 14) + i * 60_000);
    const small = labelBars(time(100));
    expect(shared(small.etMinute)).toBe(false);
    const big = labelBars(time(SHARED_LABELS_MIN_BARS));
    for (const c of [big.open, big.tradeDate, big.clearingDate, big.session, big.segment, big.etMinute]) {
      expect(shared(c)).toBe(true);
    }
    expect(big.etMinute[0]).toBe(small.etMinute[0]);
    expect(big.tradeDate[99]).toBe(small.tradeDate[99]);
  });
});
