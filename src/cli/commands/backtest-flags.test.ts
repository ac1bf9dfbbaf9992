import { describe, expect, it } from "vitest";
import { BOOTS, cli, cliFixture } from "./__fixtures__/cli-run.js";

const config = ["--config", cliFixture("backtest.config.ts")];

/** A usage error: exit 2, nothing on stdout, the first stderr line as given. */
async function usage(args: string[], first: string): Promise<string> {
  const r = await cli(...args);
  expect(r.stdout).toBe("");
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")[0]).toBe(first);
  return r.stderr;
}

describe("backtest flags are parsed, not ignored", BOOTS, () => {
  it("refuses a seed, an equity or a date that is not one, naming the flag and the value", async () => {
    const bt = [...config, "backtest", "--no-out", "--json"];
    await usage([...bt, "--seed", "xyz"], 'SK_CLI_USAGE  --seed "xyz" must be an integer.');
    await usage([...bt, "--seed", "1.5"], 'SK_CLI_USAGE  --seed "1.5" must be an integer.');
    const equity = await usage([...bt, "--equity", "abc"], 'SK_CLI_USAGE  --equity "abc" must be a positive number.');
    expect(equity).not.toContain("labelBars");
    await usage([...bt, "--equity", "-5"], 'SK_CLI_USAGE  --equity "-5" must be a positive number.');
    await usage(
      [...bt, "--from", "2026-13-01"],
      'SK_CLI_USAGE  --from "2026-13-01" must be a calendar date written YYYY-MM-DD.',
    );
    await usage(
      [...bt, "--to", "2026-02-30"],
      'SK_CLI_USAGE  --to "2026-02-30" must be a calendar date written YYYY-MM-DD.',
    );
    await usage(
      [...bt, "--from", "2026-02-10", "--to", "2026-02-01"],
      "SK_CLI_USAGE  --from 2026-02-10 is after --to 2026-02-01.",
    );
  });

  it("--data and --synthetic are mutually exclusive", async () => {
    const r = await cli(...config, "backtest", "--no-out", "--data", "ESM26_1m.csv.gz", "--synthetic");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/option '--synthetic' cannot be used with option '-d, --data <file\|dir>'/);
  });

  it("a valid seed and equity reach the run", async () => {
    const r = await cli(...config, "backtest", "--no-out", "--json", "--seed", "7", "--equity", "25000.5");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.metrics.startingEquity).toBe(25000.5);
    expect(j.strategies[0].source).toBe("synthetic ES 2026-01-05..2026-02-27 (seed 7)");
  });

  it("data synth and data inspect parse the same way", async () => {
    const synth = ["data", "synth", "--symbol", "ES"];
    await usage(
      [...synth, "--from", "2026-02-30", "--to", "2026-03-03"],
      'SK_CLI_USAGE  --from "2026-02-30" must be a calendar date written YYYY-MM-DD.',
    );
    await usage(
      [...synth, "--from", "2026-03-05", "--to", "2026-03-03"],
      "SK_CLI_USAGE  --from 2026-03-05 is after --to 2026-03-03.",
    );
    await usage(
      [...synth, "--from", "2026-03-02", "--to", "2026-03-03", "--seed", ""],
      'SK_CLI_USAGE  --seed "" must be an integer.',
    );
    await usage(
      ["data", "inspect", "ES", "--limit", "abc"],
      'SK_CLI_USAGE  --limit "abc" must be a non-negative integer.',
    );
  });
});

describe("a strategy runs only on the symbols its plugin is configured for", BOOTS, () => {
  const esOnly = ["--config", cliFixture("backtest-es-only.config.ts"), "backtest", "--no-out", "--json"];

  it("refuses --strategy on data of another root, as the run without --strategy does", async () => {
    const named = await cli(...esOnly, "--strategy", "TEN-AM", "--symbol", "MES");
    expect([named.code, named.stdout]).toEqual([2, ""]);
    expect(named.stderr).toMatchInlineSnapshot(`
      "SK_STRATEGY_SYMBOL_MISMATCH  backtest: ten-am is configured for ES only; the data is MES.
        symbols of ten-am (test-ten-am): ES
        hint: run it on data of one of its symbols, or add the data's root to the plugin's \`symbols\` option in bot.config.ts.
      "
    `);
    const all = await cli(...esOnly, "--symbol", "MES");
    expect([all.code, all.stdout]).toEqual([2, ""]);
    expect(all.stderr).toMatchInlineSnapshot(`
      "SK_STRATEGY_SYMBOL_MISMATCH  backtest: no registered strategy trades MES.
        symbols of ten-am (test-ten-am): ES
        hint: run it on data of one of its symbols, or add the data's root to the plugin's \`symbols\` option in bot.config.ts.
      "
    `);
    const es = await cli(...esOnly, "--strategy", "ten-am");
    expect(es.code).toBe(0);
    expect(JSON.parse(es.stdout).strategies[0].symbol).toBe("ES");
  });
});
