import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { tempDir } from "../../core/data/__fixtures__/temp-files.js";
import { realClock } from "../../core/data/index.js";
import { FakeGateway } from "../../core/data/projectx/__fixtures__/fake-gateway.js";
import { sharedDataDir } from "../../core/testing/shared-data.js";
import { registerDataCommands } from "./data.js";

const tmp = tempDir("sk-cli-data-");
afterAll(() => tmp.cleanup());
let stdout: string[] = [];
let stderr: string[] = [];
beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    stdout.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    stderr.push(String(s));
    return true;
  });
  process.exitCode = undefined;
});
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<string> {
  const p = new Command();
  p.exitOverride();
  registerDataCommands(p);
  await p.parseAsync(["node", "sessionkit", "data", ...args]);
  return stdout.join("");
}

describe("sessionkit data", () => {
  it("synth writes the same bytes for the same seed", async () => {
    const a = join(tmp.dir, "a.csv.gz");
    const b = join(tmp.dir, "b.csv.gz");
    const args = ["--symbol", "ES", "--from", "2026-03-02", "--to", "2026-03-03", "--seed", "7"];
    const summary = JSON.parse(await run("synth", ...args, "--out", a, "--json")) as { bars: number };
    await run("synth", ...args, "--out", b);
    expect(summary.bars).toBe(2 * 1380);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    stdout = [];
    const csv = await run("synth", "--symbol", "NQ", "--from", "2026-03-02", "--to", "2026-03-02");
    expect(csv.split("\n")[0]).toBe("timestamp,open,high,low,close,volume");
    expect(csv.trim().split("\n")).toHaveLength(1381);
    await expect(
      run("synth", "--symbol", "NQ", "--from", "2026-03-02", "--to", "2026-03-02", "--seed", "x"),
    ).rejects.toThrow('--seed "x" must be an integer');
  });

  it("import stores a file and inspect summarises the store", async () => {
    const store = join(tmp.dir, "store");
    const file = join(tmp.dir, "MESM26_x.csv");
    await run("synth", "--symbol", "MES", "--from", "2026-03-16", "--to", "2026-03-17", "--seed", "3", "--out", file);
    stdout = [];
    const imported = JSON.parse(await run("import", file, "--store", store, "--json")) as {
      imported: { contract: string; bars: number; written: string[] }[];
    };
    expect(imported.imported[0]).toMatchObject({
      contract: "MESM26",
      bars: 2760,
      written: [join(store, "MES", "MESM26.parquet")],
    });
    stdout = [];
    const inspected = JSON.parse(await run("inspect", "MES", "--store", store, "--json")) as {
      files: { key: string; summary: { bars: number; tradeDates: number; sessions: Record<string, number> } }[];
    };
    expect(inspected.files[0]).toMatchObject({
      key: "MESM26",
      summary: { bars: 2760, tradeDates: 2, sessions: { Overnight: 1860, RTH: 780, PostRTH: 120, closed: 0 } },
    });
  });

  it("import applies --on policy overrides and refuses impossible ones", async () => {
    const file = tmp.write(
      "ESM26_dup.csv",
      "timestamp,open,high,low,close,volume\n2026-03-16T13:30:00Z,1,1,1,1,1\n2026-03-16T13:30:00Z,1,1,1,1,1\n",
    );
    const store = join(tmp.dir, "policy");
    await expect(run("import", file, "--store", store, "--on", "duplicate=reject")).rejects.toThrow(
      `${file}:3: duplicate`,
    );
    try {
      await run("import", file, "--store", store, "--on", "duplicate=keep");
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string; details: string[] }).code).toBe("SK_CLI_USAGE");
      expect((e as { details: string[] }).details.join("\n")).toContain("duplicate");
    }
  });

  it("inspect never rejects a readable file: it prints the bars kept and each finding with file, line and value", async () => {
    const file = join(tmp.dir, "ESM26_bad.csv");
    const text =
      "timestamp,open,high,low,close,volume\n2026-03-16T13:30:00Z,6800,6801,6799,6800,5\n2026-03-16T13:31:00Z,6800,6790,6799,6800,5\n2026-03-16T13:32:00Z,6800,6801,6799,6800,5\n2026-03-14T13:32:00Z,6800,6801,6799,6800,5\n";
    tmp.write("ESM26_bad.csv", text);
    const printed = await run("inspect", file);
    expect(process.exitCode).toBeUndefined();
    expect(printed).toContain(`${file}: 3 bars of ESM26`);
    expect(printed).toContain(
      `${file}:3  inconsistent-ohlc (dropped)  OHLC inconsistent (need low ≤ open, close ≤ high)  value: 2026-03-16T13:31:00Z,6800,6790,6799,6800,5`,
    );
    expect(printed).toContain(`${file}:5  out-of-order (sorted)`);
    expect(printed).toContain(
      `${file}:5  closed-market (kept)  bar in closed market time  value: 2026-03-14T13:32:00.000Z`,
    );
  });

  it("inspect of a real file reports its bars per session", async () => {
    const json = JSON.parse(await run("inspect", join(sharedDataDir(), "NQM26_1m.csv.gz"), "--json")) as {
      summary: { bars: number; sessions: Record<string, number>; tradeDates: number };
      report: { counts: Record<string, number> };
    };
    expect(json.summary.bars).toBe(31_147);
    expect(json.summary.tradeDates).toBe(23);
    expect(Object.values(json.summary.sessions).reduce((a, b) => a + b, 0)).toBe(31_147);
    expect(json.report.counts.gap).toBe(1); // Easter Sunday 2026-04-05 18:00-20:01 ET missing (README)
  });

  it("download fetches from the ProjectX Gateway into the store and never prints the API key", async () => {
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const times = Float64Array.from({ length: 3000 }, (_, i) => now - (3000 - i) * 60_000);
    const gw = new FakeGateway(realClock, times);
    const url = await gw.start();
    const env = { PROJECTX_USERNAME: gw.username, PROJECTX_API_KEY: gw.apiKey, PROJECTX_API_URL: url };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const store = join(tmp.dir, "dl");
      const result = JSON.parse(await run("download", "--symbol", "ES", "--days", "3", "--store", store, "--json")) as {
        contract: string;
        bars: number;
        written: string[];
      };
      expect(result).toMatchObject({ contract: "ESZ25", bars: 3000, written: [join(store, "ES", "ESZ25.parquet")] });
      expect(stderr.join("")).toContain("projectx: page 1: 3000 bars");
      const all = stdout.join("") + stderr.join("") + readFileSync(result.written[0]!).toString("latin1");
      expect(all).not.toContain(gw.apiKey);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await gw.stop();
    }
  });
});
