import { createWriteStream } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../__fixtures__/temp-files.js";
import { importBarFile } from "./import-file.js";

const tmp = tempDir("sk-large-");
afterAll(() => tmp.cleanup());

async function writeLargeCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (s: string) =>
    new Promise<void>((resolve) => {
      bytes += s.length;
      if (out.write(s)) resolve();
      else out.once("drain", resolve);
    });
  await write("timestamp,open,high,low,close,volume\n");
  const t0 = Date.UTC(2020, 0, 1);
  for (let start = 0; start < rows; start += 10_000) {
    let block = "";
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const p = 3000 + (i % 4000) * 0.25;
      block += `${new Date(t0 + i * 60_000).toISOString().slice(0, 19)}Z,${p},${p + 1.25},${p - 0.75},${p + 0.5},${1 + (i % 977)}\n`;
    }
    await write(block);
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return bytes;
}

describe("streaming import of a 100 MB file", () => {
  it("keeps the JavaScript heap far below the file size (no row objects, no line array)", async () => {
    const file = `${tmp.dir}/ESH26_large.csv`;
    const rows = 1_900_000;
    const bytes = await writeLargeCsv(file, rows);
    expect(bytes).toBeGreaterThan(100e6);
    globalThis.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const { bars, report } = await importBarFile(file);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(bars.length).toBe(rows);
    expect(report.findings).toEqual([]);
    // Columns live in ArrayBuffers (off the JS heap); the heap only sees 1 MB read chunks passing through.
    expect(peak - base).toBeLessThan(40e6);
  });
});
