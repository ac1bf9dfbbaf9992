import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `npm run setup` ends with this job: the built CLI, no config, the synthetic default data.
const root = fileURLToPath(new URL("../", import.meta.url));
const cli = join(root, "dist/cli/main.js");

describe("the default bot (no bot.config.ts)", () => {
  it("backtests all four built-in strategies on synthetic bars from any folder", () => {
    const cwd = mkdtempSync(join(tmpdir(), "sk-default-bot-"));
    const r = spawnSync(process.execPath, [cli, "backtest", "--json", "--no-out"], { cwd, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    const ids = result.strategies.map((s: { strategy: string }) => s.strategy);
    expect(ids).toEqual(["S2", "S3", "S6", "S11"]);
    for (const s of result.strategies) expect(s.trades, `${s.strategy} trades`).toBeGreaterThan(0);
    expect(result.trades).toBe(result.strategies.reduce((n: number, s: { trades: number }) => n + s.trades, 0));
  });

  it("names an unknown strategy and exits non-zero without a stack trace", () => {
    const r = spawnSync(process.execPath, [cli, "backtest", "--strategy", "S9", "--no-out"], {
      cwd: tmpdir(),
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^SK_STRATEGY_UNKNOWN {2}/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
