import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { afterAll, describe, expect, it } from "vitest";
import { SessionkitError } from "../../errors/index.js";
import { tempDir } from "../__fixtures__/temp-files.js";
import type { Bars } from "../bars.js";
import { createBars } from "../bars-ops.js";
import { nodeWriteIo, type WriteIo } from "./atomic-write.js";
import { readBarCache, writeBarCache } from "./bar-cache.js";
import { BarStore } from "./bar-store.js";
import { decodeBarsParquet, encodeBarsParquet, writeBarsParquet } from "./parquet.js";

const tmp = tempDir("sk-store-");
afterAll(() => tmp.cleanup());

const T0 = Date.UTC(2026, 2, 16, 13, 30);
function bars(n: number, contract: string | null = "ESM26", from = T0, step = 60_000): Bars {
  const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  return createBars({
    symbol: "ES",
    contract: contract ?? undefined,
    time: col((i) => from + i * step),
    open: col((i) => 6800 + i * 0.25),
    high: col((i) => 6801 + i * 0.25),
    low: col((i) => 6799 + i * 0.25),
    close: col((i) => 6800.5 + i * 0.25),
    volume: col((i) => 1 + (i % 97)),
  });
}
const plain = (b: Bars) => ({
  symbol: b.symbol,
  contract: b.contract,
  cols: [b.time, b.open, b.high, b.low, b.close, b.volume].map((c) => Array.from(c)),
});

/** Arbitrary bar sets: strictly increasing minute times, any finite doubles in the value columns. */
const arbBars = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 1, max: 5000 }),
      v: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 5, maxLength: 5 }),
    }),
    { maxLength: 200 },
  )
  .map((rows) => {
    let t = T0;
    const times = rows.map((r) => (t += r.gap * 60_000));
    const col = (k: number) => Float64Array.from(rows, (r) => r.v[k]!);
    return createBars({
      symbol: "MNQ",
      contract: "MNQU25",
      time: Float64Array.from(times),
      open: col(0),
      high: col(1),
      low: col(2),
      close: col(3),
      volume: col(4),
    });
  });

describe("Parquet and cache round-trips (property)", () => {
  it("encode → decode is the identity for Parquet and for the cache", () => {
    fc.assert(
      fc.property(arbBars, (b) => {
        expect(plain(decodeBarsParquet(encodeBarsParquet(b), "mem"))).toEqual(plain(b));
        const p = join(tmp.dir, "prop.skbars");
        writeBarCache(p, b, "k");
        expect(plain(readBarCache(p, "k")!)).toEqual(plain(b));
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it("writes standard Parquet another reader understands (hyparquet), with UTC timestamps", async () => {
    const b = bars(3);
    const bytes = encodeBarsParquet(b);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const rows = await parquetReadObjects({ file, compressors });
    expect(rows[0]).toEqual({ time: new Date(T0), open: 6800, high: 6801, low: 6799, close: 6800.5, volume: 1 });
    expect(parquetMetadata(file).num_rows).toBe(3n);
  });
});

describe("BarStore", () => {
  it("stores per contract, merges re-imports (incoming wins) and serves reads from the cache", () => {
    const store = new BarStore(join(tmp.dir, "s1"));
    store.put(bars(100));
    const later = bars(100, "ESM26", T0 + 50 * 60_000);
    store.put(later);
    const all = store.read("ES", "ESM26");
    expect(all.length).toBe(150);
    expect(all.open[50]).toBe(later.open[0]);
    expect(store.keys("ES")).toEqual(["ESM26"]);
    expect(readdirSync(join(tmp.dir, "s1", "ES", ".cache"))).toEqual(["ESM26.skbars"]);
  });

  it("splits contract-less bars by UTC month and orders readAll by time", () => {
    const store = new BarStore(join(tmp.dir, "s2"));
    store.put(bars(3 * 24 * 60, null, Date.UTC(2026, 0, 30)));
    expect(store.keys("ES")).toEqual(["ES-2026-01", "ES-2026-02"]);
    expect(store.readAll("ES").map((b) => b.length)).toEqual([2 * 24 * 60, 24 * 60]);
  });

  it("rebuilds a stale cache when the Parquet file changes", () => {
    const dir = join(tmp.dir, "s3");
    const store = new BarStore(dir);
    store.put(bars(10));
    writeBarsParquet(store.fileOf("ES", "ESM26"), bars(4));
    expect(store.read("ES", "ESM26").length).toBe(4);
  });

  it("names a missing file and a corrupt cache with coded errors", () => {
    const store = new BarStore(join(tmp.dir, "s4"));
    expect(() => store.read("NQ", "NQM26")).toThrow(/SK_DATA_NOT_FOUND|no stored bars for NQ NQM26/);
    const p = join(tmp.dir, "junk.skbars");
    writeFileSync(p, "hello world, not a cache");
    try {
      readBarCache(p);
      expect.unreachable();
    } catch (e) {
      expect((e as SessionkitError).code).toBe("SK_DATA_STORE_CORRUPT");
      expect((e as SessionkitError).message).toBe(`${p}: not a sessionkit bar cache (bad magic or version)`);
    }
  });
});

describe("fault injection: a failed write never leaves a half-written file visible", () => {
  const failing = (failAt: "write" | "fsync" | "rename"): WriteIo => ({
    ...nodeWriteIo,
    write: (fd, data, off) => {
      if (failAt === "write") {
        nodeWriteIo.write(fd, data.subarray(0, Math.max(1, data.length >> 1)), 0);
        throw new Error("ENOSPC: no space left on device");
      }
      return nodeWriteIo.write(fd, data, off);
    },
    fsync: (fd) => {
      if (failAt === "fsync") throw new Error("EIO: i/o error");
      nodeWriteIo.fsync(fd);
    },
    rename: (a, b) => {
      if (failAt === "rename") throw new Error("EXDEV: cross-device link");
      nodeWriteIo.rename(a, b);
    },
  });

  for (const failAt of ["write", "fsync", "rename"] as const) {
    it(`keeps the previous store and cache files when ${failAt} fails`, () => {
      const dir = join(tmp.dir, `f-${failAt}`);
      new BarStore(dir).put(bars(20));
      const parquet = join(dir, "ES", "ESM26.parquet");
      const cache = join(dir, "ES", ".cache", "ESM26.skbars");
      const before = [readFileSync(parquet), readFileSync(cache)];
      const broken = new BarStore(dir, failing(failAt));
      expect(() => broken.put(bars(30, "ESM26", T0 + 10 * 86_400_000))).toThrow(SessionkitError);
      expect([readFileSync(parquet), readFileSync(cache)]).toEqual(before);
      expect(readdirSync(join(dir, "ES")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(new BarStore(dir).read("ES", "ESM26").length).toBe(20);
    });
  }

  it("reports the failing path with SK_DATA_STORE_WRITE", () => {
    const p = join(tmp.dir, "x.skbars");
    try {
      writeBarCache(p, bars(5), "k", failing("write"));
      expect.unreachable();
    } catch (e) {
      expect((e as SessionkitError).code).toBe("SK_DATA_STORE_WRITE");
      expect((e as SessionkitError).message).toBe(`${p}: write failed (ENOSPC: no space left on device)`);
    }
    expect(existsSync(p)).toBe(false);
  });
});
