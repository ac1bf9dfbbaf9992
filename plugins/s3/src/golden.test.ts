import { fileURLToPath } from "node:url";
import type { EntrySignal, Signal } from "sessionkit";
import { expectGolden } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { loadSharedSync, runS3 } from "./__tests__/harness.js";

const FIXTURE = fileURLToPath(new URL("./__fixtures__/golden-esm26.json", import.meta.url));

interface GoldenTrade {
  decided: string;
  entryTime: string;
  side: string;
  type: string;
  signalEntry: number | null;
  stop: number;
  target1: number;
  target2: number;
  fill: number;
  qty: number;
  exitTime: string;
  exit: number;
  reason: string;
  exits: number;
  pnl: number;
}

/** Two weeks of ESM26 (2026-04-06 … 2026-04-17 trade dates), shipped defaults, default schedule and costs, 2 lots. */
function goldenTrades(): GoldenTrade[] {
  const { bars, labels } = loadSharedSync("ESM26_1m.csv.gz", "2026-04-05T22:00:00Z", "2026-04-18T00:00:00Z");
  const entries: [number, EntrySignal][] = [];
  const result = runS3(
    bars,
    undefined,
    {
      sizing: { mode: "fixed", qty: 2 },
      onDecision: (i: number, s: Signal) => {
        if (s.kind === "long" || s.kind === "short") entries.push([i, s]);
      },
    },
    labels,
  );
  const iso = (t: number) => new Date(t).toISOString();
  return result.trades.map((t) => {
    const decided = entries.filter(([i]) => i < t.entryIndex).at(-1);
    if (decided === undefined) throw new Error(`no entry signal before trade at bar ${t.entryIndex}`);
    const [i, s] = decided;
    return {
      decided: iso(bars.time[i]!),
      entryTime: iso(t.entryTime),
      side: t.side,
      type: s.entryType,
      signalEntry: s.entryPrice ?? null,
      stop: s.stop!,
      target1: s.target!,
      target2: s.target2!,
      fill: t.entryPrice,
      qty: t.qty,
      exitTime: iso(t.exitTime),
      exit: t.exitPrice,
      reason: t.exitReason,
      exits: t.exits,
      pnl: Math.round(t.pnl * 100) / 100,
    };
  });
}

describe("S3 golden trades", () => {
  it("pins every trade on two weeks of ESM26 (rewrite with UPDATE_GOLDENS=1 after an intended change)", () => {
    const got = goldenTrades();
    expect(got.length).toBeGreaterThanOrEqual(3);
    expectGolden(FIXTURE, `${JSON.stringify(got, null, 2)}\n`);
  });
});
