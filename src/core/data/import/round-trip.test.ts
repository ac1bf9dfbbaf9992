import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../__fixtures__/temp-files.js";
import { createBars } from "../bars-ops.js";
import { type TextBarFormat, writeBarsText } from "../export/text-writers.js";
import { importBarFile } from "./import-file.js";

const tmp = tempDir("sk-rt-");
afterAll(() => tmp.cleanup());

/** Valid bars: increasing minute times 2015..2030, prices on any 1/100 grid, consistent OHLC. */
const arbRows = fc.array(
  fc.record({
    gap: fc.integer({ min: 1, max: 10_000 }),
    a: fc.integer({ min: 1, max: 5_000_000 }),
    b: fc.integer({ min: 1, max: 5_000_000 }),
    up: fc.integer({ min: 0, max: 1000 }),
    down: fc.integer({ min: 0, max: 1000 }),
    v: fc.integer({ min: 0, max: 2_000_000 }),
  }),
  { minLength: 1, maxLength: 300 },
);

const FORMATS: [TextBarFormat, string][] = [
  ["csv", "ESM26_rt.csv"],
  ["csv", "ESM26_rt.csv.gz"],
  ["ninjatrader", "ESM26_rt.txt"],
  ["projectx-json", "ESM26_rt.json"],
];

describe("parsers round-trip what the writers produce (property)", () => {
  for (const [format, name] of FORMATS) {
    it(`${name}: write → import gives identical columns and no findings`, async () => {
      await fc.assert(
        fc.asyncProperty(arbRows, async (rows) => {
          let t = Date.UTC(2015, 0, 1);
          const time = Float64Array.from(rows, (r) => (t += r.gap * 60_000));
          const open = Float64Array.from(rows, (r) => r.a / 100);
          const close = Float64Array.from(rows, (r) => r.b / 100);
          const high = Float64Array.from(rows, (r, i) => Math.max(open[i]!, close[i]!) + r.up / 100);
          const low = Float64Array.from(rows, (r, i) => Math.max(0.01, Math.min(open[i]!, close[i]!) - r.down / 100));
          const volume = Float64Array.from(rows, (r) => r.v);
          const bars = createBars({ symbol: "ES", contract: "ESM26", time, open, high, low, close, volume });
          const file = `${tmp.dir}/${name}`;
          writeBarsText(file, bars, format);
          const back = await importBarFile(file);
          expect(back.report.findings).toEqual([]);
          for (const c of ["time", "open", "high", "low", "close", "volume"] as const) {
            expect(Array.from(back.bars[c])).toEqual(Array.from(bars[c]));
          }
        }),
        { seed: 42, numRuns: 25 },
      );
    });
  }
});
