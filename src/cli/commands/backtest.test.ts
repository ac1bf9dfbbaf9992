import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeBarsText } from "../../core/data/index.js";
import { synthBars } from "../../core/data/synth/synth-bars.js";
import { BOOTS } from "./__fixtures__/cli-run.js";
import { registerBacktestCommand } from "./backtest.js";

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "sk-cli-backtest-"));
const cacheBefore = process.env.SESSIONKIT_CACHE_DIR;
process.env.SESSIONKIT_CACHE_DIR = join(tmp, "cache");
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.SESSIONKIT_CACHE_DIR;
  else process.env.SESSIONKIT_CACHE_DIR = cacheBefore;
  rmSync(tmp, { recursive: true, force: true });
});

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
});
afterEach(() => vi.restoreAllMocks());

async function run(config: string, ...args: string[]): Promise<string> {
  const p = new Command();
  p.exitOverride();
  p.option("-c, --config <file>");
  registerBacktestCommand(p);
  await p.parseAsync(["node", "sessionkit", "--config", fixture(config), "backtest", ...args]);
  return stdout.join("");
}

const lastJson = (s: string) => JSON.parse(s.trim().split("\n").at(-1) as string);

describe("sessionkit backtest", BOOTS, () => {
  it("runs the registered strategy on the synthetic default and writes CSV, JSON and a self-contained HTML report", async () => {
    const out = join(tmp, "synthetic");
    const text = await run("backtest.config.ts", "--json", "--out", out, "--guard");
    const j = lastJson(text);
    expect(j.trades).toBeGreaterThan(20);
    expect(j.metrics.trades).toBe(j.trades);
    expect(j.strategies[0]).toMatchObject({ strategy: "ten-am", symbol: "ES", trades: j.trades });
    expect(Object.keys(j.strategies[0].sessions)).toEqual(["Overnight", "RTH", "PostRTH"]);
    expect(j.strategies[0].sessions.RTH.trades).toBe(j.trades);
    const csv = readFileSync(join(out, "ten-am.trades.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(j.trades + 1);
    expect(csv[0]).toMatch(/^strategy,symbol,side,qty,entry_time,entry_price,exit_time,exit_price,exit_reason/);
    expect(csv[1]).toMatch(
      /^ten-am,ES,long,1,\d{4}-\d\d-\d\dT14:01:00.000Z|^ten-am,ES,long,1,\d{4}-\d\d-\d\dT15:01:00.000Z/,
    );
    const metrics = JSON.parse(readFileSync(join(out, "ten-am.metrics.json"), "utf8"));
    expect(metrics.metrics.totalPnl).toBeCloseTo(j.metrics.totalPnl, 4);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("Per session");
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:|<script|<link/);
  });

  it("prints a summary table by default and reads a bar file (through the cached DataLoader) with --from/--to", async () => {
    const file = join(tmp, "MESH26_1m.csv");
    writeBarsText(file, synthBars({ symbol: "MES", from: "2026-02-02", to: "2026-02-20", seed: 5 }), "csv");
    const cache = join(tmp, "cache");
    const args = ["--data", file, "--from", "2026-02-09", "--to", "2026-02-13", "--no-out"];
    const text = await run("backtest.config.ts", ...args);
    expect(readdirSync(cache).some((f) => f.endsWith(".skbars"))).toBe(true);
    stdout = [];
    expect(await run("backtest.config.ts", ...args)).toBe(text);
    expect(text).toMatch(/^ten-am on MES: .*MESH26_1m\.csv/);
    expect(text).toMatch(/strategy\/session\s+trades\s+win%/);
    expect(text).toMatch(/\n {2}RTH\s+5\s/);
    expect(existsSync("backtest-out")).toBe(false);
  });

  it("binds the strategy hooks: a signal tap can veto, a sizing tap sets the quantity", async () => {
    expect(lastJson(await run("backtest-veto.config.ts", "--json", "--no-out")).trades).toBe(0);
    stdout = [];
    const sized = lastJson(await run("backtest-qty.config.ts", "--json", "--out", join(tmp, "qty")));
    expect(sized.trades).toBeGreaterThan(0);
    const rows = readFileSync(join(tmp, "qty", "ten-am.trades.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1);
    expect(rows.every((r) => r.split(",")[3] === "3")).toBe(true);
  });

  it("runs with the parameter file in force (params.dir/parameters/current)", async () => {
    const artifacts = join(tmp, "artifacts");
    mkdirSync(join(artifacts, "parameters", "current"), { recursive: true });
    writeFileSync(
      join(artifacts, "parameters", "current", "ten-am.json"),
      JSON.stringify({ strategy: "ten-am", schemaVersion: 1, defaults: { minute: 630 } }),
    );
    process.env.SK_BACKTEST_TEST_ARTIFACTS = artifacts;
    try {
      const j = lastJson(await run("backtest-params.config.ts", "--json", "--out", join(tmp, "params")));
      expect(j.trades).toBeGreaterThan(0);
      const rows = readFileSync(join(tmp, "params", "ten-am.trades.csv"), "utf8")
        .trim()
        .split("\n")
        .slice(1);
      // decided on the 10:30 ET bar, filled at the 10:31 open (14:31 or 15:31 UTC)
      expect(rows.every((r) => /T1[45]:31:00\.000Z/.test(r.split(",")[4] as string))).toBe(true);
      expect(j.strategies[0].parametersHash).not.toBe("");
    } finally {
      delete process.env.SK_BACKTEST_TEST_ARTIFACTS;
    }
  });

  it("names an unknown strategy with the registered ids", async () => {
    await expect(run("backtest.config.ts", "--strategy", "S2", "--no-out")).rejects.toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: unknown strategy "S2"; registered: ten-am.]`,
    );
  });
});
