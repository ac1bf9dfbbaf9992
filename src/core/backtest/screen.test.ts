import { describe, expect, it } from "vitest";
import { z } from "zod";
import { synthBars } from "../data/synth/synth-bars.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import { featureSource } from "../features/source.js";
import { labelBars } from "../market-time/default-clock.js";
import { defineStrategy } from "../strategy/define-strategy.js";
import type { ScreenInput } from "../strategy/screen.js";
import { Signal as S, type Signal } from "../strategy/signal.js";
import { runBacktest } from "./engine.js";
import { registryColumns } from "./prepare.js";

// Two weeks of seeded synthetic ES bars; a fade of a 2σ stretch from the session VWAP with a rule
// the screen can check per bar (the stretch) and one it leaves to decide (an RSI bound).
const bars = synthBars({ symbol: "ES", from: "2026-03-02", to: "2026-03-13", seed: 7 });
const labels = labelBars(bars.time);
const features = () => registryColumns(createFeatureRegistry(), featureSource(bars, labels));

const Params = z.strictObject({ z: z.number().default(2) });
type P = z.output<typeof Params>;
type N = "zs" | "rsi";

function fade(opts: { screen?: (input: ScreenInput<P, N, { calls: number }>) => void } = {}) {
  return defineStrategy({
    id: "fade",
    apiVersion: 1,
    params: Params,
    features: { zs: "vwap.session.z", rsi: "rsi_14" },
    warmup: 20,
    flatten: "session",
    initialState: () => ({ calls: 0 }),
    ...(opts.screen !== undefined && { screen: opts.screen }),
    decide(ctx): Signal {
      ctx.state.calls++;
      if (!ctx.position.isFlat) return S.hold();
      const { zs, rsi } = ctx.features;
      if (zs < -ctx.params.z && rsi < 40) return S.long({ stopTicks: 8, targetTicks: 12, timeStopBars: 30 });
      if (zs > ctx.params.z && rsi > 60) return S.short({ stopTicks: 8, targetTicks: 12, timeStopBars: 30 });
      return S.hold();
    },
  });
}

/** The stretch, per bar: a necessary condition of both entries. */
function stretchScreen(input: ScreenInput<P, N, { calls: number }>): void {
  for (let i = input.from; i < input.to; i++) {
    const set = input.sessions[(input.labels.session[i] as number) + 1];
    if (set === undefined) continue;
    const zs = set.features.zs[i] as number;
    if (Math.abs(zs) > set.params.z) input.out[i] = 1;
  }
}

describe("strategy screen (engine)", () => {
  it("skips decide on unmarked bars while flat and trades exactly as without the screen", () => {
    const plain = fade();
    const screened = fade({ screen: stretchScreen });
    const a = runBacktest({ strategy: plain, bars, labels, features: features() });
    const b = runBacktest({ strategy: screened, bars, labels, features: features() });
    expect(a.trades.length).toBeGreaterThan(3);
    expect(b.trades).toEqual(a.trades);
    expect(Array.from(b.equity ?? [])).toEqual(Array.from(a.equity ?? []));
    expect(b.firstDecision).toBe(a.firstDecision);
    expect(Array.from(b.tradeDates)).toEqual(Array.from(a.tradeDates));
    expect(b.barsInMarket).toBe(a.barsInMarket);
    // screen: false is the same run as a strategy without one
    const off = runBacktest({ strategy: screened, bars, labels, features: features() }, { screen: false });
    expect(off.trades).toEqual(a.trades);
  });

  it("calls decide far less often, and reports a hold for every skipped bar", () => {
    const calls = { plain: 0, screened: 0 };
    const decisionsPlain = new Map<number, string>();
    const decisionsScreened = new Map<number, string>();
    runBacktest(
      { strategy: fade(), bars, labels, features: features() },
      { onDecision: (i, s) => decisionsPlain.set(i, s.kind) },
    );
    const strategy = fade({ screen: stretchScreen });
    const wrapped = defineStrategy({
      ...strategy,
      decide(ctx) {
        calls.screened++;
        return strategy.decide(ctx);
      },
    });
    runBacktest(
      { strategy: wrapped, bars, labels, features: features() },
      { onDecision: (i, s) => decisionsScreened.set(i, s.kind) },
    );
    calls.plain = decisionsPlain.size;
    expect(calls.screened).toBeLessThan(calls.plain / 4);
    expect([...decisionsScreened.keys()]).toEqual([...decisionsPlain.keys()]);
    for (const [i, kind] of decisionsPlain) {
      if (kind === "long" || kind === "short") expect(decisionsScreened.get(i), `bar ${i}`).toBe(kind);
    }
  });

  it("guarded runs call decide everywhere and fail when the screen hides an entry", () => {
    const screened = fade({ screen: stretchScreen });
    const guarded = runBacktest({ strategy: screened, bars, labels, features: features() }, { guard: true });
    expect(guarded.trades).toEqual(runBacktest({ strategy: fade(), bars, labels, features: features() }).trades);
    // A screen that keeps only shorts' stretches hides every long entry.
    const partial = fade({
      screen(input) {
        stretchScreen(input);
        for (let i = input.from; i < input.to; i++) {
          const set = input.sessions[(input.labels.session[i] as number) + 1];
          if (set !== undefined && (set.features.zs[i] as number) < 0) input.out[i] = 0;
        }
      },
    });
    expect(() => runBacktest({ strategy: partial, bars, labels, features: features() }, { guard: true })).toThrow(
      expect.objectContaining({ code: "SK_STRATEGY_SCREEN_MISSED", plugin: "fade" }),
    );
    // unguarded, the hidden entries are simply never taken
    const hidden = runBacktest({ strategy: partial, bars, labels, features: features() });
    const trades = runBacktest({ strategy: fade(), bars, labels, features: features() }).trades;
    expect(hidden.trades.every((t) => t.side === "short")).toBe(true);
    expect(trades.some((t) => t.side === "long")).toBe(true);
  });

  it("runs the screen over consecutive ranges from the first decision bar, with each session's inputs", () => {
    const ranges: [number, number][] = [];
    let start = -1;
    const screened = fade({
      screen(input) {
        start = input.start;
        ranges.push([input.from, input.to]);
        expect(input.sessions).toHaveLength(4);
        expect(input.sessions[2]?.params).toEqual({ z: 2 });
        expect(input.historyAt(input.from).close(0)).toBe(bars.close[input.from]);
        expect(input.out).toHaveLength(bars.length);
      },
    });
    const r = runBacktest({ strategy: screened, bars, labels, features: features() });
    expect(start).toBe(r.firstDecision);
    expect(ranges[0]?.[0]).toBe(start);
    expect(ranges[ranges.length - 1]?.[1]).toBe(bars.length);
    for (let k = 1; k < ranges.length; k++) expect(ranges[k]?.[0]).toBe(ranges[k - 1]?.[1]);
    expect(r.trades).toHaveLength(0);
  });

  it("rejects a screen that is not a function", () => {
    expect(() => defineStrategy({ ...fade(), screen: 3 as never })).toThrow(
      expect.objectContaining({ code: "SK_STRATEGY_INVALID", path: "screen" }),
    );
  });
});
