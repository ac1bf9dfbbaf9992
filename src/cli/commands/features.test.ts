import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { randomWalkBars } from "../../core/features/__tests__/fixtures.js";
import { loadFeatureSpec } from "../../core/features/index.js";
import { registerFeaturesCommands } from "./features.js";

const dir = mkdtempSync(join(tmpdir(), "sk-features-cli-"));
const bars = randomWalkBars(400, 9, "2026-03-10T13:00:00Z");
const data = join(dir, "ESM26_1m.csv");
writeFileSync(
  data,
  `timestamp,open,high,low,close,volume\n${Array.from(
    bars.time,
    (t, i) =>
      `${new Date(t).toISOString().replace(".000Z", "Z")},${bars.open[i]},${bars.high[i]},${bars.low[i]},${bars.close[i]},${bars.volume[i]}`,
  ).join("\n")}\n`,
);

async function run(...args: string[]): Promise<string> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => {
    chunks.push(typeof c === "string" ? c : new TextDecoder().decode(c));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const p = new Command();
    p.exitOverride();
    registerFeaturesCommands(p);
    await p.parseAsync(["node", "sessionkit", ...args]);
  } finally {
    spy.mockRestore();
  }
  return chunks.join("");
}

afterEach(() => vi.restoreAllMocks());

describe("sessionkit features", () => {
  it("spec prints the 13-column spec; --legacy12 the 12-column one", async () => {
    const spec = JSON.parse(await run("features", "spec"));
    expect(spec.columns).toHaveLength(13);
    expect(JSON.parse(await run("features", "spec", "--legacy12")).columns).toHaveLength(12);
    const file = join(dir, "spec.json");
    expect(JSON.parse(await run("features", "spec", "--out", file))).toEqual({ out: file, columns: 13 });
    expect(loadFeatureSpec(file).columns).toHaveLength(13);
  });

  it("compute writes one CSV row per bar with String(x) values, verified against the stream", async () => {
    const file = join(dir, "f.csv");
    const summary = JSON.parse(await run("features", "compute", "--data", data, "--out", file, "--verify-stream"));
    expect(summary).toEqual({ out: file, format: "csv", rows: 400, columns: 13, streamVerified: 400 * 13 });
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe(
      "timestamp,ret_1m,ret_5m,atr_14,rsi_14,vwap_dist,bb_width,ob_imbalance,adr_pct,hour_frac,session_flag,session_type,pos,s7_regime",
    );
    expect(lines).toHaveLength(401);
    const row1 = lines[2]!.split(",");
    expect(row1[0]).toBe(new Date(bars.time[1]!).toISOString());
    expect(row1[1]).toBe(String((bars.close[1]! - bars.close[0]!) / bars.close[0]!));
    expect(await run("features", "compute", "--data", data, "--out", "-")).toBe(readFileSync(file, "utf8"));
  });

  it("compute writes Parquet with a timestamp and 13 float columns", async () => {
    const file = join(dir, "f.parquet");
    await run("features", "compute", "--data", data, "--out", file);
    const buf = readFileSync(file);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const meta = parquetMetadata(ab);
    expect(Number(meta.num_rows)).toBe(400);
    const rows = await parquetReadObjects({ file: ab, columns: ["rsi_14", "session_type"], compressors });
    // 13:00Z on 2026-03-10 is 09:00 EDT (Overnight); 13:30Z opens RTH.
    expect(rows[0]).toEqual({ rsi_14: 50, session_type: 0 });
    expect(rows[30]!.session_type).toBe(1);
  });

  it("an unsupported output extension is a coded error", async () => {
    await expect(run("features", "compute", "--data", data, "--out", join(dir, "f.xlsx"))).rejects.toMatchObject({
      code: "SK_FEATURE_OUTPUT_FORMAT",
    });
  });

  it("fit-scaler saves a spec whose scaler standardises the dataset", async () => {
    const file = join(dir, "fitted.json");
    const summary = JSON.parse(await run("features", "fit-scaler", "--data", data, "--out", file));
    expect(summary.rows).toBe(400);
    const spec = loadFeatureSpec(file);
    expect(spec.scaler.mean).toEqual(summary.mean);
    expect(spec.scaler.std[11]).toBe(0); // pos is the constant fill in batch
    expect(spec.scaler.std[0]).toBeGreaterThan(0);
  });
});
