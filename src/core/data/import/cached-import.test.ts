import { utimesSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../__fixtures__/temp-files.js";
import { importBarFileCached } from "./cached-import.js";

const tmp = tempDir("sk-cached-");
afterAll(() => tmp.cleanup());
const H = "timestamp,open,high,low,close,volume\n";

describe("importBarFileCached", () => {
  it("serves the second import from the cache with the same bars and report, and rebuilds when the file changes", async () => {
    const file = tmp.write("ESM26_c.csv", `${H}2026-03-16T13:30:00Z,1,1,1,1,1\n2026-03-16T13:31:00Z,x,1,1,1,1\n`);
    const cacheDir = join(tmp.dir, "cache");
    const first = await importBarFileCached(file, { cacheDir });
    const second = await importBarFileCached(file, { cacheDir });
    expect([first.fromCache, second.fromCache]).toEqual([false, true]);
    expect(Array.from(second.bars.time)).toEqual(Array.from(first.bars.time));
    expect(second.report).toEqual(first.report);
    expect(second.instrument).toEqual(first.instrument);
    expect((await importBarFileCached(file, { cacheDir, symbol: "MES" })).fromCache).toBe(false);
    tmp.write("ESM26_c.csv", `${H}2026-03-16T13:30:00Z,1,1,1,1,1\n2026-03-16T13:31:00Z,2,2,2,2,2\n`);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const third = await importBarFileCached(file, { cacheDir });
    expect(third.fromCache).toBe(false);
    expect(third.bars.length).toBe(2);
  });
});
