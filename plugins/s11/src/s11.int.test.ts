import { type AnyStrategy, resolveParamSet, runBacktest } from "sessionkit";
import { backtestFile, coverage, dataset, SHARED_FILES, tradesWithSignals } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { paramSchemaEntry } from "./index.js";
import { createS11Strategy, s11Strategy } from "./strategy.js";

/** The reference's values of the defaults this package changed (README "Shipped defaults"). */
const REFERENCE_DEFAULTS = { maxADX: 20, minRVOL: 1.5, minRSI: 25, maxRSI: 75 };

async function counts(strategy: AnyStrategy, params?: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  for (const f of SHARED_FILES) {
    const c = coverage(await backtestFile(strategy, f, params));
    out.push(`${f}: ${c.trades} trades / ${c.dates} trade dates`);
  }
  return out;
}

const key = (ts: readonly { entryTime: number; side: string; entryPrice: number; exitReason: string }[]) =>
  ts.map((t) => `${t.entryTime} ${t.side} ${t.entryPrice} ${t.exitReason}`);

describe("S11 on every root of ../shared/data", () => {
  it("trades at least once per 10 trade dates with the shipped defaults", async () => {
    for (const f of SHARED_FILES) {
      const c = coverage(await backtestFile(s11Strategy, f));
      expect(c.trades, `${f}: ${c.trades} trades in ${c.dates} trade dates`).toBeGreaterThanOrEqual(
        Math.ceil(c.dates / 10),
      );
    }
  });

  it("trade counts before (reference defaults) and after (shipped defaults)", async () => {
    expect(await counts(s11Strategy, REFERENCE_DEFAULTS)).toMatchInlineSnapshot(`
      [
        "ESH26_1m.csv.gz: 0 trades / 51 trade dates",
        "ESM26_1m.csv.gz: 1 trades / 64 trade dates",
        "MESM26_1m.csv.gz: 1 trades / 64 trade dates",
        "MESZ25_1m.csv.gz: 0 trades / 53 trade dates",
        "NQM26_1m.csv.gz: 0 trades / 23 trade dates",
        "MNQM26_1m.csv.gz: 0 trades / 47 trade dates",
        "MNQZ25_1m.csv.gz: 0 trades / 55 trade dates",
        "MNQU25_1m.csv.gz: 0 trades / 50 trade dates",
      ]
    `);
    expect(await counts(s11Strategy)).toMatchInlineSnapshot(`
      [
        "ESH26_1m.csv.gz: 16 trades / 51 trade dates",
        "ESM26_1m.csv.gz: 19 trades / 64 trade dates",
        "MESM26_1m.csv.gz: 23 trades / 64 trade dates",
        "MESZ25_1m.csv.gz: 11 trades / 53 trade dates",
        "NQM26_1m.csv.gz: 6 trades / 23 trade dates",
        "MNQM26_1m.csv.gz: 12 trades / 47 trade dates",
        "MNQZ25_1m.csv.gz: 21 trades / 55 trade dates",
        "MNQU25_1m.csv.gz: 9 trades / 50 trade dates",
      ]
    `);
  });

  it("reads the RTH parameter set, whatever the session of the decision bar", async () => {
    const { bars, labels, columns } = await dataset("ESM26_1m.csv.gz");
    const run = (sessions: Record<string, unknown>) =>
      key(
        runBacktest({
          strategy: s11Strategy,
          bars,
          labels,
          features: columns,
          params: resolveParamSet(paramSchemaEntry, { defaults: {}, sessions, origin: "test" }),
        }).trades,
      );
    const base = run({});
    expect(run({ Overnight: { maxADX: 15, minRVOL: 5 }, PostRTH: { maxADX: 15 } })).toEqual(base);
    expect(run({ RTH: { maxADX: 15, minRVOL: 5 } }).length).toBeLessThan(base.length / 4);
  });

  it("enters only inside 13:30–15:30 ET, stops beyond the day's extreme, manages after the window", async () => {
    let managedAfter = 0;
    for (const f of SHARED_FILES) {
      const { result, decisions } = await tradesWithSignals(s11Strategy, f);
      const d = await dataset(f);
      const dayHigh = d.columns.column("day.high");
      const dayLow = d.columns.column("day.low");
      for (const [i, s] of decisions) {
        const m = d.labels.etMinute[i] as number;
        if (s.kind === "long" || s.kind === "short") {
          expect(m >= 810 && m < 930, `${f} entry at ${m}`).toBe(true);
          if (s.kind === "long") expect(s.stop as number).toBeLessThan(dayLow[i] as number);
          else expect(s.stop as number).toBeGreaterThan(dayHigh[i] as number);
        }
      }
      for (const t of result.trades) {
        if ((d.labels.etMinute[t.exitIndex] as number) >= 930) managedAfter++;
        // trade-date-end: still held at the trade date's last bar (e.g. a 15:30 fill on the 16:59 bar)
        expect(["stop", "target", "time", "trade-date-end"]).toContain(t.exitReason);
        if (t.exitReason === "trade-date-end") {
          expect(d.labels.tradeDate[t.exitIndex + 1]).not.toBe(t.tradeDate);
        }
        expect(t.barsHeld).toBeLessThanOrEqual(90);
      }
    }
    expect(managedAfter).toBeGreaterThan(0);
  });

  it("checks the order book by direction when a depth source exists; with none it passes or blocks as configured", async () => {
    const base = await backtestFile(s11Strategy, "MESM26_1m.csv.gz");
    expect(base.trades.length).toBeGreaterThan(5);
    const bidHeavy = { imbalanceAt: () => 0.5 };
    const longsOnly = await backtestFile(createS11Strategy({ depth: bidHeavy }), "MESM26_1m.csv.gz");
    expect(longsOnly.trades.length).toBeGreaterThan(0);
    expect(longsOnly.trades.every((t) => t.side === "long")).toBe(true);
    const silent = { imbalanceAt: () => Number.NaN };
    expect(key((await backtestFile(createS11Strategy({ depth: silent }), "MESM26_1m.csv.gz")).trades)).toEqual(
      key(base.trades),
    );
    const blocked = await backtestFile(createS11Strategy({ whenNoDepth: "block" }), "MESM26_1m.csv.gz");
    expect(blocked.trades).toEqual([]);
  });

  it("consults the news gate only when enableNewsGate is on", async () => {
    const always = { isBlocked: () => true };
    const gated = createS11Strategy({ newsGate: always });
    const off = await backtestFile(gated, "MESM26_1m.csv.gz");
    expect(off.trades.length).toBeGreaterThan(0);
    expect((await backtestFile(gated, "MESM26_1m.csv.gz", { enableNewsGate: true })).trades).toEqual([]);
    expect((await backtestFile(s11Strategy, "MESM26_1m.csv.gz", { enableNewsGate: true })).trades.length).toBe(
      off.trades.length,
    );
  });
  it("leaves the quantity to the engine's risk-per-trade sizing at the default base quantity", async () => {
    const r = await backtestFile(s11Strategy, "MESM26_1m.csv.gz", undefined, {
      sizing: { mode: "risk", riskPerTrade: 500 },
    });
    expect(r.trades.length).toBeGreaterThan(3);
    // MES: $5 a point, so a $500 budget buys several contracts on a typical stop
    expect(new Set(r.trades.map((t) => t.qty)).size).toBeGreaterThan(1);
  });
});
