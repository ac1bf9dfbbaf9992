import { type AnyStrategy, createFeatureRegistry, resolveParamSet, runBacktest } from "sessionkit";
import { backtestFile, coverage, dataset, SHARED_FILES, tradesWithSignals } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { paramSchemaEntry } from "./index.js";
import { peerReturnsFromBars } from "./peer.js";
import { createS6Strategy, s6Strategy } from "./strategy.js";

/** The reference's values of the defaults this package changed (README "Shipped defaults"). */
const REFERENCE_DEFAULTS = {
  minADX: 18,
  minRVOL: 1.2,
  retestGraceTicks: 2,
  retestConfirmBars1m: 2,
  failBreakPenetrationTicksES: 3,
  failBreakPenetrationTicksNQ: 4,
};

async function counts(strategy: AnyStrategy, params?: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  for (const f of SHARED_FILES) {
    const c = coverage(await backtestFile(strategy, f, params));
    out.push(`${f}: ${c.trades} trades / ${c.dates} trade dates`);
  }
  return out;
}

describe("S6 on every root of ../shared/data", () => {
  it("trades at least once per 10 trade dates with the shipped defaults", async () => {
    for (const f of SHARED_FILES) {
      const c = coverage(await backtestFile(s6Strategy, f));
      expect(c.trades, `${f}: ${c.trades} trades in ${c.dates} trade dates`).toBeGreaterThanOrEqual(
        Math.ceil(c.dates / 10),
      );
    }
  });

  it("trade counts before (reference defaults) and after (shipped defaults)", async () => {
    expect(await counts(s6Strategy, REFERENCE_DEFAULTS)).toMatchInlineSnapshot(`
      [
        "ESH26_1m.csv.gz: 0 trades / 51 trade dates",
        "ESM26_1m.csv.gz: 6 trades / 64 trade dates",
        "MESM26_1m.csv.gz: 4 trades / 64 trade dates",
        "MESZ25_1m.csv.gz: 2 trades / 53 trade dates",
        "NQM26_1m.csv.gz: 2 trades / 23 trade dates",
        "MNQM26_1m.csv.gz: 2 trades / 47 trade dates",
        "MNQZ25_1m.csv.gz: 3 trades / 55 trade dates",
        "MNQU25_1m.csv.gz: 8 trades / 50 trade dates",
      ]
    `);
    expect(await counts(s6Strategy)).toMatchInlineSnapshot(`
      [
        "ESH26_1m.csv.gz: 11 trades / 51 trade dates",
        "ESM26_1m.csv.gz: 14 trades / 64 trade dates",
        "MESM26_1m.csv.gz: 18 trades / 64 trade dates",
        "MESZ25_1m.csv.gz: 12 trades / 53 trade dates",
        "NQM26_1m.csv.gz: 7 trades / 23 trade dates",
        "MNQM26_1m.csv.gz: 9 trades / 47 trade dates",
        "MNQZ25_1m.csv.gz: 10 trades / 55 trade dates",
        "MNQU25_1m.csv.gz: 20 trades / 50 trade dates",
      ]
    `);
  });

  it("reads the RTH parameter set, whatever the session of the decision bar", async () => {
    const set = (sessions: Record<string, unknown>) =>
      resolveParamSet(paramSchemaEntry, { defaults: {}, sessions, origin: "test" });
    const { bars, labels, columns } = await dataset("ESM26_1m.csv.gz");
    const run = (sessions: Record<string, unknown>) =>
      runBacktest({ strategy: s6Strategy, bars, labels, features: columns, params: set(sessions) }).trades.map(
        (t) => `${t.entryTime} ${t.side} ${t.entryPrice} ${t.exitPrice} ${t.exitReason}`,
      );
    const base = run({});
    // 09:28 and 09:29 are Overnight bars: an Overnight override must still change nothing.
    expect(run({ Overnight: { minRVOL: 5, minADX: 40 } })).toEqual(base);
    expect(run({ RTH: { minRVOL: 5, minADX: 40 } }).length).toBeLessThan(base.length / 4);
  });

  it("enters only inside 09:28–10:00 ET and keeps managing the position after the window", async () => {
    let modifiesAfterWindow = 0;
    let exitsAfterWindow = 0;
    for (const f of SHARED_FILES) {
      const { result, decisions } = await tradesWithSignals(s6Strategy, f);
      const { labels } = await dataset(f);
      for (const [i, s] of decisions) {
        const m = labels.etMinute[i] as number;
        if (s.kind === "long" || s.kind === "short") expect(m >= 568 && m < 600, `${f} entry at ${m}`).toBe(true);
        if (s.kind === "modify" && m >= 600) modifiesAfterWindow++;
      }
      for (const t of result.trades) {
        if ((labels.etMinute[t.exitIndex] as number) >= 600) exitsAfterWindow++;
        expect(["stop", "target", "time", "signal"]).toContain(t.exitReason);
        expect(t.barsHeld).toBeLessThanOrEqual(45);
        expect(Number.isFinite(t.risk)).toBe(true);
      }
    }
    expect(modifiesAfterWindow).toBeGreaterThan(0);
    expect(exitsAfterWindow).toBeGreaterThan(0);
  });

  it("uses the peer's divergence when its data exists and skips the leg when it does not", async () => {
    const nq = (await dataset("NQM26_1m.csv.gz")).bars;
    const withPeer = await backtestFile(createS6Strategy({ peer: peerReturnsFromBars({ NQ: nq }) }), "ESM26_1m.csv.gz");
    const without = await backtestFile(s6Strategy, "ESM26_1m.csv.gz");
    // NQM26 covers 2026-03-15 … 2026-04-15 only: outside it the runs agree trade for trade.
    const outside = (ts: typeof without.trades) => ts.filter((t) => t.tradeDate > 20260416).map((t) => t.entryTime);
    expect(outside(withPeer.trades)).toEqual(outside(without.trades));
    // Inside it, with a low divergence threshold, the peer confirms reversals the volume climax did not.
    const key = (ts: typeof without.trades) => ts.map((t) => `${t.entryTime} ${t.side}`);
    const low = { divMaxBp: 1 };
    const peered = await backtestFile(
      createS6Strategy({ peer: peerReturnsFromBars({ NQ: nq }) }),
      "ESM26_1m.csv.gz",
      low,
    );
    expect(key(peered.trades)).not.toEqual(key((await backtestFile(s6Strategy, "ESM26_1m.csv.gz", low)).trades));
    // ES on an MNQ-only peer map falls back to nothing for ES (MNQ is MES's peer first) — still skipped cleanly.
    const esOnly = await backtestFile(createS6Strategy({ peer: peerReturnsFromBars({ ES: nq }) }), "ESM26_1m.csv.gz");
    expect(esOnly.trades).toEqual(without.trades);
    expect(createFeatureRegistry().canonicalKey("on.window.high")).toBe("on.window.high:1080,568");
  });
  it("leaves the quantity to the engine's risk-per-trade sizing at the default base quantity", async () => {
    const r = await backtestFile(s6Strategy, "MESM26_1m.csv.gz", undefined, {
      sizing: { mode: "risk", riskPerTrade: 500 },
    });
    expect(r.trades.length).toBeGreaterThan(3);
    // MES: $5 a point, so a $500 budget buys several contracts on a typical stop
    expect(new Set(r.trades.map((t) => t.qty)).size).toBeGreaterThan(1);
  });
});
