import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/data/__fixtures__/temp-files.js";
import { writeBarsText } from "../../core/data/index.js";
import { synthBars } from "../../core/data/synth/synth-bars.js";
import { BOOTS, cli, cliFixture } from "./__fixtures__/cli-run.js";

const tmp = tempDir("sk-cli-bt-peer-");
const span = { from: "2026-01-05", to: "2026-02-27", seed: 1 };
const both = join(tmp.dir, "es-nq");
const esOnly = join(tmp.dir, "es");
const cacheBefore = process.env.SESSIONKIT_CACHE_DIR;
beforeAll(() => {
  process.env.SESSIONKIT_CACHE_DIR = join(tmp.dir, "cache");
  for (const d of [both, esOnly]) mkdirSync(d);
  const es = synthBars({ symbol: "ES", ...span });
  writeBarsText(join(both, "ESH26_1m.csv"), es, "csv");
  writeBarsText(join(esOnly, "ESH26_1m.csv"), es, "csv");
  writeBarsText(join(both, "NQH26_1m.csv"), synthBars({ symbol: "NQ", ...span }), "csv");
});
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.SESSIONKIT_CACHE_DIR;
  else process.env.SESSIONKIT_CACHE_DIR = cacheBefore;
  tmp.cleanup();
});

async function s6(...args: string[]) {
  const r = await cli(...args, "--strategy", "S6", "--json", "--no-out");
  expect(r.code, r.stderr).toBe(0);
  return { trades: JSON.parse(r.stdout).trades as number, stderr: r.stderr };
}

describe("the default bot's S6 gets the peer root's bars from a --data directory", BOOTS, () => {
  it("runs the divergence leg with NQ beside ES, and skips it (as before) without", async () => {
    const peered = await s6("backtest", "--data", both, "--symbol", "ES");
    expect(peered.stderr).toContain(`backtest: S6 divergence leg: peer NQ from 1 file in ${both}`);
    const alone = await s6("backtest", "--data", esOnly);
    expect(alone.stderr).toContain(`backtest: S6 divergence leg skipped: no NQ or MNQ bars in ${esOnly}`);
    // the same ES bars: the reversals NQ's divergence confirms are the only difference
    expect(peered.trades).toBeGreaterThan(alone.trades);
    const file = await s6("backtest", "--data", join(both, "ESH26_1m.csv"));
    expect(file.stderr).toContain("S6 divergence leg skipped: no NQ or MNQ bars (--data is not a directory)");
    expect(file.trades).toBe(alone.trades);
  });

  it("leaves a bot from bot.config.ts alone (its S6 gets the peer its config passes)", async () => {
    const r = await cli("--config", cliFixture("backtest.config.ts"), "backtest", "--data", both, "--json", "--no-out");
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("divergence");
  });
});
