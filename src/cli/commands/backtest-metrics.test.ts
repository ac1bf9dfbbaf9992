import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annualizedSharpe } from "../../core/backtest/daily.js";
import { tempDir } from "../../core/data/__fixtures__/temp-files.js";
import { BOOTS, cli } from "./__fixtures__/cli-run.js";

const tmp = tempDir("sk-cli-bt-metrics-");
afterAll(() => tmp.cleanup());

interface Daily {
  tradeDate: string;
  pnl: number;
}
interface M {
  days: number;
  maxDrawdownMtm: number | null;
  exposure: number | null;
  sharpe: number;
  totalPnl: number;
  trades: number;
}
interface Out {
  metrics: M;
  sessions: Record<string, M>;
  daily: Daily[];
  strategies: { strategy: string; metrics: M; sessions: Record<string, M>; daily: Daily[] }[];
}

describe("backtest metrics of several strategies use the single-strategy definitions", BOOTS, () => {
  it("combined --json: every trade date of the span, exposure, the daily P&L, per session", async () => {
    const out = join(tmp.dir, "out");
    // the default bot (no --config, no ./bot.config.ts): S2, S3, S6 and S11 on the synthetic default
    const r = await cli("backtest", "--json", "--out", out);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Out;
    expect(j.strategies.map((s) => s.strategy)).toEqual(["S2", "S3", "S6", "S11"]);
    const spanDays = Math.max(...j.strategies.map((s) => s.metrics.days));
    expect(spanDays).toBe(40); // 2026-01-05 .. 2026-02-27, MLK and Presidents' Day included
    expect(j.metrics.days).toBe(spanDays);
    expect(j.daily).toHaveLength(spanDays);
    expect(j.daily[0]?.tradeDate).toBe("2026-01-05");
    expect(j.daily.at(-1)?.tradeDate).toBe("2026-02-27");
    expect(j.daily.reduce((s, d) => s + d.pnl, 0)).toBeCloseTo(j.metrics.totalPnl, 4);
    expect(j.metrics.sharpe).toBeCloseTo(annualizedSharpe(j.daily.map((d) => d.pnl)), 5);
    expect(j.metrics.trades).toBe(j.strategies.reduce((s, x) => s + x.metrics.trades, 0));
    // exposure: bars with any position open; at most the sum of the strategies', at least the largest
    const each = j.strategies.map((s) => s.metrics.exposure as number);
    expect(j.metrics.exposure).toBeGreaterThanOrEqual(Math.max(...each));
    expect(j.metrics.exposure).toBeLessThanOrEqual(each.reduce((a, b) => a + b, 0) + 1e-6);
    for (const m of [j.metrics, ...j.strategies.map((s) => s.metrics)]) expect(m.exposure).not.toBeNull();
    // per-session exposure is filled, and the sessions add up to the run's own (engine-counted) figure
    for (const s of [j, ...j.strategies]) {
      const sessions = Object.values(s.sessions).map((x) => x.exposure as number);
      expect(sessions.every((x) => x !== null && x >= 0)).toBe(true);
      expect(sessions.reduce((a, b) => a + b, 0)).toBeCloseTo(s.metrics.exposure as number, 5);
    }
    // each strategy's own run has its equity curve, so both drawdowns; the combined book has no curve
    for (const s of j.strategies) expect(s.metrics.maxDrawdownMtm).toEqual(expect.any(Number));
    expect(j.metrics.maxDrawdownMtm).toBeNull();
    const file = JSON.parse(readFileSync(join(out, "S2.metrics.json"), "utf8")) as Out["strategies"][number];
    expect(file.daily).toEqual(j.strategies[0]?.daily);
    expect(file.daily).toHaveLength(file.metrics.days);
  });
});
