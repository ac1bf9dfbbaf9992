import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Bars } from "../data/bars.js";
import { sliceBars } from "../data/bars-ops.js";
import { importBarFile } from "../data/import/import-file.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import { FeatureFrameCache } from "../features/frame.js";
import { featureSource } from "../features/source.js";
import { labelBars } from "../market-time/default-clock.js";
import type { BarLabels } from "../market-time/labels.js";
import { defineStrategy } from "../strategy/define-strategy.js";
import { Signal } from "../strategy/signal.js";
import { detectLookahead } from "../testing/lookahead.js";
import { sharedDataDir } from "../testing/shared-data.js";
import { runBacktest } from "./engine.js";
import { backtestMetrics } from "./result-metrics.js";

/** Test-only: fades a 2σ session-VWAP stretch with RSI agreement; ATR stop/target; flat at each session end. */
const fade = defineStrategy({
  id: "int-fade",
  apiVersion: 1,
  params: z.strictObject({ z: z.number().default(2) }),
  features: { z: "vwap.session.z", atr: "atr:14", rsi: "rsi_14" },
  warmup: 20,
  flatten: "session",
  decide(ctx) {
    if (!ctx.position.isFlat) return Signal.hold();
    const { z: zs, atr, rsi } = ctx.features;
    if (!(atr > 0)) return Signal.hold();
    const c = ctx.bar.close;
    if (zs < -ctx.params.z && rsi < 35)
      return Signal.long({ stop: c - 1.5 * atr, target: c + 2.5 * atr, timeStopBars: 45 });
    if (zs > ctx.params.z && rsi > 65)
      return Signal.short({ stop: c + 1.5 * atr, target: c - 2.5 * atr, timeStopBars: 45 });
    return Signal.hold();
  },
});

const registry = createFeatureRegistry();
const frames = new FeatureFrameCache(registry);
const keys = fade.resolveFeatures(fade.defaultParams()).keys;

async function last90(file: string): Promise<{ bars: Bars; labels: BarLabels }> {
  const { bars: all } = await importBarFile(join(sharedDataDir(), file));
  const end = all.time[all.length - 1] as number;
  let start = 0;
  while ((all.time[start] as number) < end - 90 * 86_400_000) start++;
  const bars = sliceBars(all, start);
  return { bars, labels: labelBars(bars.time) };
}

describe("backtest on real CME data (last 90 days)", () => {
  let es: { bars: Bars; labels: BarLabels };
  beforeAll(async () => {
    es = await last90("ESM26_1m.csv.gz");
  });

  it("ESM26: trades, keeps the books straight and never fills while the market is closed", () => {
    const features = frames.frame(featureSource(es.bars, es.labels), keys);
    const r = runBacktest({ strategy: fade, ...es, features }, { guard: true });
    expect(es.bars.length).toBe(86_002);
    expect(r.trades.length).toBeGreaterThan(100);
    expect(r.finalEquity - r.startingEquity).toBeCloseTo(
      r.trades.reduce((a, t) => a + t.pnl, 0),
      6,
    );
    for (const t of r.trades) {
      expect(es.labels.open[t.entryIndex]).toBe(1);
      expect(es.labels.open[t.exitIndex]).toBe(1);
      expect(t.entryPrice % 0.25).toBe(0);
      expect(t.commission).toBe(4.5 * t.qty);
      // flat at each session end: entry and exit in the same trade date and session
      expect(es.labels.tradeDate[t.exitIndex]).toBe(t.tradeDate);
    }
    const m = backtestMetrics(r);
    expect(m.overall.trades).toBe(r.trades.length);
    expect(m.bySession.Overnight.trades + m.bySession.RTH.trades + m.bySession.PostRTH.trades).toBe(r.trades.length);
    expect(m.overall.days).toBeGreaterThan(55);
    expect(m.overall.exposure).toBeGreaterThan(0);
    expect(new Set(r.trades.map((t) => t.exitReason))).toEqual(new Set(["stop", "target", "time", "session-end"]));
  });

  it("per-session evaluation restricts entries to the session and ends flat at its close", () => {
    const features = frames.frame(featureSource(es.bars, es.labels), keys);
    const r = runBacktest({ strategy: fade, ...es, features }, { evaluateSession: "RTH" });
    expect(r.trades.length).toBeGreaterThan(20);
    for (const t of r.trades) {
      expect(t.session).toBe("RTH");
      expect(es.labels.session[t.exitIndex]).toBe(1);
    }
  });

  it("MNQ pays its own point value and costs", async () => {
    const mnq = await last90("MNQM26_1m.csv.gz");
    const features = frames.frame(featureSource(mnq.bars, mnq.labels), keys);
    const r = runBacktest({ strategy: fade, ...mnq, features });
    expect(r.trades.length).toBeGreaterThan(100);
    for (const t of r.trades.slice(0, 50)) {
      const points = (t.side === "long" ? 1 : -1) * (t.exitPrice - t.entryPrice) * t.qty;
      expect(t.grossPnl).toBeCloseTo(points * 2, 9);
      expect(t.commission).toBeCloseTo(2 * 0.62 * t.qty, 9);
    }
  });

  it("the lookahead detector finds nothing on real data", () => {
    const slice = { bars: sliceBars(es.bars, 0, 12_000), labels: labelBars(sliceBars(es.bars, 0, 12_000).time) };
    const report = detectLookahead(fade, { ...slice, registry, checkpoints: [3000, 7000, 11_000] });
    expect(report.violations).toEqual([]);
    expect(report.decisions).toBeGreaterThan(10_000);
  });
});
