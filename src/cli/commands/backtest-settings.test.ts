import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/data/__fixtures__/temp-files.js";
import { BOOTS, cli, cliFixture } from "./__fixtures__/cli-run.js";

const tmp = tempDir("sk-cli-bt-settings-");
beforeAll(() => {
  // a 2-tick bracket: stop and target are often both inside the entry bar, so the intrabar rule matters
  mkdirSync(join(tmp.dir, "parameters", "current"), { recursive: true });
  writeFileSync(
    join(tmp.dir, "parameters", "current", "ten-am.json"),
    JSON.stringify({ strategy: "ten-am", schemaVersion: 1, defaults: { stopTicks: 2, targetTicks: 2 } }),
  );
  process.env.SK_BACKTEST_TEST_ARTIFACTS = tmp.dir;
});
afterAll(() => {
  delete process.env.SK_BACKTEST_TEST_ARTIFACTS;
  tmp.cleanup();
});

interface Row {
  qty: string;
  exit_reason: string;
  commission: string;
}
async function backtest(config: string, ...flags: string[]) {
  const out = join(tmp.dir, `out-${Math.random().toString(36).slice(2)}`);
  const r = await cli("--config", cliFixture(config), "backtest", "--json", "--out", out, ...flags);
  expect(r.code, r.stderr).toBe(0);
  const [head, ...lines] = readFileSync(join(out, "ten-am.trades.csv"), "utf8").trim().split("\n");
  const keys = (head as string).split(",");
  const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, k) => [keys[k], v])) as unknown as Row);
  return { json: JSON.parse(r.stdout), rows, stderr: r.stderr };
}
const count = (rows: Row[], reason: string) => rows.filter((r) => r.exit_reason === reason).length;

describe("backtest costs, size, intrabar rule and equity: config section, flags over it", BOOTS, () => {
  it("uses the engine defaults without a backtest section", async () => {
    const { json } = await backtest("backtest.config.ts");
    expect(json.settings).toEqual({
      startingEquity: 50_000,
      qty: 1,
      intrabar: "adverse",
      costs: { commissionPerSide: 2.25, slippageTicks: 1 },
    });
  });

  it("reads bot.config.ts backtest (a per-root cost over the all-roots one) and the flags override it", async () => {
    const fromConfig = await backtest("backtest-costs.config.ts");
    expect(fromConfig.json.settings).toEqual({
      startingEquity: 20_000,
      qty: 2,
      intrabar: "favorable",
      costs: { commissionPerSide: 3, slippageTicks: 0 },
    });
    expect(fromConfig.stderr).toContain(
      "backtest: ES: $20000 start, 2 contracts, $3/contract/side, 0 ticks slippage, favorable first",
    );
    const { rows, json } = fromConfig;
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.qty === "2" && r.commission === "12")).toBe(true); // $3 × 2 contracts × 2 sides
    expect(json.metrics.totalCosts).toBeCloseTo(12 * rows.length, 6); // no slippage
    expect(json.metrics.startingEquity).toBe(20_000);

    const flagged = await backtest(
      "backtest-costs.config.ts",
      ...["--intrabar", "ADVERSE", "--commission", "0.5", "--slippage", "2", "--qty", "1", "--equity", "30000"],
    );
    expect(flagged.json.settings).toEqual({
      startingEquity: 30_000,
      qty: 1,
      intrabar: "adverse",
      costs: { commissionPerSide: 0.5, slippageTicks: 2 },
    });
    expect(flagged.rows.every((r) => r.qty === "1" && r.commission === "1")).toBe(true);
    // the same entries; with the stop assumed first more of them end at the stop
    expect(flagged.rows).toHaveLength(rows.length);
    expect(count(flagged.rows, "stop")).toBeGreaterThan(count(rows, "stop"));
    expect(count(rows, "target")).toBeGreaterThan(count(flagged.rows, "target"));
  });

  it("refuses bad values of the new flags", async () => {
    const bt = ["--config", cliFixture("backtest.config.ts"), "backtest", "--no-out"];
    for (const [flag, value, must] of [
      ["--commission", "-1", "a number >= 0"],
      ["--slippage", "0.5", "a non-negative integer"],
      ["--qty", "0", "a positive integer"],
      ["--intrabar", "worst", "one of adverse | favorable"],
    ] as const) {
      const r = await cli(...bt, flag, value);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr.split("\n")[0]).toBe(`SK_CLI_USAGE  ${flag} "${value}" must be ${must}.`);
    }
  });
});
