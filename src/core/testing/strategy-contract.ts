import { describe, expect, it } from "vitest";
import { runBacktest } from "../backtest/engine.js";
import type { BacktestOptions } from "../backtest/options.js";
import { registryColumns } from "../backtest/prepare.js";
import type { Bars } from "../data/bars.js";
import { synthBars } from "../data/synth/synth-bars.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import type { FeatureRegistry } from "../features/registry.js";
import { featureSource } from "../features/source.js";
import { labelBars } from "../market-time/default-clock.js";
import type { BarLabels } from "../market-time/labels.js";
import type { ParamSet, ParamValues } from "../params/param-set.js";
import type { DecideContext } from "../strategy/context.js";
import { type AnyStrategy, STRATEGY_API_VERSION } from "../strategy/define-strategy.js";
import { detectLookahead } from "./lookahead.js";

export interface StrategyContractOptions {
  /** The dataset (default: two weeks of seeded synthetic ES bars). */
  readonly data?: () => { bars: Bars; labels: BarLabels };
  readonly params?: ParamSet | ParamValues;
  readonly registry?: FeatureRegistry;
  /** Engine options for the runs (guard is always on). */
  readonly options?: BacktestOptions;
  /** The strategy must trade at least this often on the data (default 0). */
  readonly minTrades?: number;
  /** Lookahead checkpoints (default 4 evenly spaced). */
  readonly checkpoints?: readonly number[];
}

/** Two weeks of seeded synthetic ES bars on the CME calendar, labelled. */
export function defaultContractData(): { bars: Bars; labels: BarLabels } {
  const bars = synthBars({ symbol: "ES", from: "2026-03-02", to: "2026-03-13", seed: 20260302 });
  return { bars, labels: labelBars(bars.time) };
}

/**
 * The strategy conformance kit (DESIGN rule 15): a vitest `describe` block a strategy plugin runs on its
 * strategy. It checks the definition, that every declared feature is registered, a guarded run (every
 * signal's invariants), that decide's inputs are frozen in guarded runs, determinism and fresh state per
 * run, no trade while the market is closed, a screen (when the strategy has one) that hides no entry and
 * changes no trade, and the lookahead detector.
 */
export function describeStrategyContract(strategy: AnyStrategy, opts: StrategyContractOptions = {}): void {
  describe(`strategy contract: ${strategy.id}`, () => {
    const registry = opts.registry ?? createFeatureRegistry();
    let cached: { bars: Bars; labels: BarLabels } | undefined;
    const data = () => {
      cached ??= (opts.data ?? defaultContractData)();
      return cached;
    };
    const run = (subject: AnyStrategy = strategy) => {
      const { bars, labels } = data();
      return runBacktest(
        {
          strategy: subject,
          bars,
          labels,
          features: registryColumns(registry, featureSource(bars, labels)),
          ...(opts.params !== undefined && { params: opts.params }),
        },
        { ...opts.options, guard: true },
      );
    };

    it("has a valid definition (id, apiVersion, schema defaults, warm-up)", () => {
      expect(strategy.id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
      expect(strategy.apiVersion).toBe(STRATEGY_API_VERSION);
      const defaults = strategy.defaultParams();
      expect(strategy.params.safeParse(defaults).success).toBe(true);
      const w = strategy.resolveWarmup(defaults);
      expect(Number.isInteger(w.bars) && w.bars >= 0).toBe(true);
    });

    it("declares only registered features", () => {
      const { keys } = strategy.resolveFeatures(strategy.defaultParams());
      for (const key of keys) expect(() => registry.resolve(key), key).not.toThrow();
    });

    it("runs guarded: every signal keeps its invariants", () => {
      const r = run();
      expect(r.trades.length).toBeGreaterThanOrEqual(opts.minTrades ?? 0);
      expect(r.finalEquity - r.startingEquity).toBeCloseTo(
        r.trades.reduce((a, t) => a + t.pnl, 0),
        6,
      );
    });

    it("hands decide frozen inputs in guarded runs (context, bar, history, features, labels, position, params)", () => {
      // A strategy must not write to what the engine hands it; guarded runs freeze it all, so a write
      // throws in tests instead of silently changing a live run. Probe every decide call of a run.
      const unfrozen = new Set<string>();
      let calls = 0;
      const probe: AnyStrategy = Object.freeze({
        ...strategy,
        decide(ctx: DecideContext<Record<string, unknown>, string, unknown>) {
          calls++;
          const parts: [string, unknown][] = [
            ["ctx", ctx],
            ["ctx.bar", ctx.bar],
            ["ctx.bars", ctx.bars],
            ["ctx.features", ctx.features],
            ["ctx.labels", ctx.labels],
            ["ctx.position", ctx.position],
            ["ctx.params", ctx.params],
            ["ctx.instrument", ctx.instrument],
          ];
          for (const [name, v] of parts) if (!Object.isFrozen(v)) unfrozen.add(name);
          return strategy.decide(ctx);
        },
      });
      run(probe);
      expect(calls).toBeGreaterThan(0);
      expect([...unfrozen]).toEqual([]);
    });

    it("is deterministic and starts each run with fresh state", () => {
      const a = run();
      const b = run();
      expect(b.trades).toEqual(a.trades);
    });

    it("never fills while the market is closed", () => {
      const { labels } = data();
      for (const t of run().trades) {
        expect(labels.open[t.entryIndex], `entry at bar ${t.entryIndex}`).toBe(1);
        expect(labels.open[t.exitIndex], `exit at bar ${t.exitIndex}`).toBe(1);
      }
    });

    if (strategy.screen !== undefined)
      it("its screen hides no entry and changes no trade", () => {
        // run() is guarded: decide runs on every bar and an entry on an unmarked bar throws
        // SK_STRATEGY_SCREEN_MISSED; unguarded, the screen must not change a single trade.
        const guarded = run();
        const { bars, labels } = data();
        const unguarded = (screen: boolean) =>
          runBacktest(
            {
              strategy,
              bars,
              labels,
              features: registryColumns(registry, featureSource(bars, labels)),
              ...(opts.params !== undefined && { params: opts.params }),
            },
            { ...opts.options, guard: false, screen },
          ).trades;
        const withScreen = unguarded(true);
        expect(withScreen).toEqual(unguarded(false));
        expect(withScreen).toEqual(guarded.trades);
      });

    it("never looks ahead (decisions up to t ignore every bar after t)", () => {
      const { bars, labels } = data();
      const n = bars.length;
      const report = detectLookahead(strategy, {
        bars,
        labels,
        registry,
        checkpoints: opts.checkpoints ?? [1, 2, 3, 4].map((k) => Math.floor((k * (n - 1)) / 5)),
        ...(opts.params !== undefined && { params: opts.params }),
        ...(opts.options !== undefined && { options: opts.options }),
      });
      expect(report.violations).toEqual([]);
    });
  });
}
