import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDataDir } from "../../testing/shared-data.js";
import { importBarFile } from "./import-file.js";

interface ManifestEntry {
  file: string;
  contract: string;
  instrument: string;
  rows: number;
  first_bar_start_utc: string;
  last_bar_start_utc: string;
  volume_total: number;
  price_min: number;
  price_max: number;
}

const dir = sharedDataDir();
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as ManifestEntry[];

describe("import of all shared CME data", () => {
  it("imports 549,463 bars with per-file counts, ranges and totals matching manifest.json", async () => {
    let total = 0;
    for (const m of manifest) {
      const { bars, report, instrument } = await importBarFile(join(dir, m.file));
      expect(instrument.contract, m.file).toBe(m.contract);
      expect(instrument.root, m.file).toBe(m.instrument);
      expect(bars.length, m.file).toBe(m.rows);
      expect(report.rowsRead, m.file).toBe(m.rows);
      expect(report.findings, m.file).toEqual([]);
      expect(new Date(bars.time[0]!).toISOString().replace(".000", ""), m.file).toBe(m.first_bar_start_utc);
      expect(new Date(bars.time[bars.length - 1]!).toISOString().replace(".000", ""), m.file).toBe(
        m.last_bar_start_utc,
      );
      let vol = 0;
      let lo = Number.POSITIVE_INFINITY;
      let hi = 0;
      for (let i = 0; i < bars.length; i++) {
        vol += bars.volume[i]!;
        lo = Math.min(lo, bars.low[i]!);
        hi = Math.max(hi, bars.high[i]!);
      }
      expect([vol, lo, hi], m.file).toEqual([m.volume_total, m.price_min, m.price_max]);
      total += bars.length;
    }
    expect(total).toBe(549_463);
  });
});
