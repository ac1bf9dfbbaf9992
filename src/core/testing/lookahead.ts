import { runBacktest } from "../backtest/engine.js";
import type { BacktestOptions } from "../backtest/options.js";
import { type FeatureColumnSource, registryColumns } from "../backtest/prepare.js";
import type { Bars } from "../data/bars.js";
import { createBars } from "../data/bars-ops.js";
import { seededRandom } from "../data/random.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import type { FeatureRegistry } from "../features/registry.js";
import { featureSource } from "../features/source.js";
import type { BarLabels } from "../market-time/labels.js";
import type { ParamSet, ParamValues } from "../params/param-set.js";
import type { AnyStrategy } from "../strategy/define-strategy.js";
import type { Signal } from "../strategy/signal.js";

export interface LookaheadOptions {
  readonly bars: Bars;
  readonly labels: BarLabels;
  readonly params?: ParamSet | ParamValues;
  /** Bar indices t to test (default: 6 evenly spaced over the series). */
  readonly checkpoints?: readonly number[];
  /** Feature registry the strategy's keys resolve in (default: the built-in registry). */
  readonly registry?: FeatureRegistry;
  /** Builds the feature columns of a (perturbed) dataset; default: computed from `registry`. */
  readonly features?: (bars: Bars, labels: BarLabels) => FeatureColumnSource;
  /** Engine options (default: the SPEC §5 schedule off, so every bar can trade). */
  readonly options?: BacktestOptions;
  readonly seed?: number;
}

export interface LookaheadViolation {
  /** The perturbation started after this bar. */
  readonly checkpoint: number;
  /** The first decision at or before the checkpoint that changed. */
  readonly index: number;
  readonly original: string;
  readonly perturbed: string;
}

export interface LookaheadReport {
  readonly checkpoints: readonly number[];
  readonly decisions: number;
  readonly violations: readonly LookaheadViolation[];
}

/**
 * Copies `bars` and rewrites every bar after `t`: prices are mirrored around bar t's close (so every
 * later move changes direction) and shifted by seeded noise on the tick grid, volumes are rescaled.
 * OHLC stay consistent (high and low swap under the mirror).
 */
export function perturbAfter(bars: Bars, t: number, seed: number, tick = 0.25): Bars {
  const r = seededRandom(seed);
  const cols = {
    time: bars.time.slice(),
    open: bars.open.slice(),
    high: bars.high.slice(),
    low: bars.low.slice(),
    close: bars.close.slice(),
    volume: bars.volume.slice(),
  };
  const pivot = 2 * (bars.close[t] ?? 0);
  for (let i = t + 1; i < bars.length; i++) {
    const shift = Math.round((r() - 0.5) * 8) * tick;
    const hi = bars.high[i] as number;
    cols.open[i] = pivot - (bars.open[i] as number) + shift;
    cols.high[i] = pivot - (bars.low[i] as number) + shift + Math.floor(r() * 3) * tick;
    cols.low[i] = pivot - hi + shift - Math.floor(r() * 3) * tick;
    cols.close[i] = pivot - (bars.close[i] as number) + shift;
    cols.volume[i] = Math.round((bars.volume[i] as number) * (0.2 + 2 * r()));
  }
  return createBars({ symbol: bars.symbol, contract: bars.contract, ...cols });
}

function decisions(strategy: AnyStrategy, bars: Bars, o: LookaheadOptions, features: FeatureColumnSource): string[] {
  const out: string[] = [];
  runBacktest(
    { strategy, bars, labels: o.labels, features, ...(o.params !== undefined && { params: o.params }) },
    {
      schedule: false,
      ...o.options,
      guard: true,
      equityCurve: false,
      onDecision: (i: number, s: Signal) => {
        out[i] = JSON.stringify(s);
      },
    },
  );
  return out;
}

/**
 * The lookahead detector (DESIGN rule 15): runs the strategy, then for each checkpoint t re-runs it on
 * bars whose every value after t was perturbed (features recomputed from the perturbed bars), and
 * reports any decision at or before t that changed. A causal strategy and causal features give none.
 */
export function detectLookahead(strategy: AnyStrategy, o: LookaheadOptions): LookaheadReport {
  const registry = o.registry ?? createFeatureRegistry();
  const build =
    o.features ?? ((bars: Bars, labels: BarLabels) => registryColumns(registry, featureSource(bars, labels)));
  const n = o.bars.length;
  const checkpoints = o.checkpoints ?? Array.from({ length: 6 }, (_, k) => Math.floor(((k + 1) * (n - 1)) / 7));
  const base = decisions(strategy, o.bars, o, build(o.bars, o.labels));
  const violations: LookaheadViolation[] = [];
  checkpoints.forEach((t, k) => {
    const bars = perturbAfter(o.bars, t, (o.seed ?? 1) + k);
    const got = decisions(strategy, bars, o, build(bars, o.labels));
    for (let i = 0; i <= t && i < n; i++) {
      if (base[i] !== got[i]) {
        violations.push({ checkpoint: t, index: i, original: base[i] ?? "(none)", perturbed: got[i] ?? "(none)" });
        break;
      }
    }
  });
  return { checkpoints, decisions: base.filter((x) => x !== undefined).length, violations };
}
