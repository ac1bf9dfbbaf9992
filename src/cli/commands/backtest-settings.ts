import { type CostModel, DEFAULT_COSTS } from "../../core/backtest/costs.js";
import type { BacktestOptions } from "../../core/backtest/options.js";
import type { BotConfig } from "../../core/config/schema.js";
import type { Root } from "../../core/data/bars.js";

/** The backtest flags that override the config's `backtest` section. */
export interface BacktestSettingFlags {
  readonly equity?: number;
  readonly qty?: number;
  readonly commission?: number;
  readonly slippage?: number;
  readonly intrabar?: "adverse" | "favorable";
}

/** What a run is simulated with, after flags → config (per root, then all roots) → engine defaults. */
export interface BacktestSettings {
  readonly startingEquity: number;
  readonly qty: number;
  readonly intrabar: "adverse" | "favorable";
  readonly costs: CostModel;
}

export const DEFAULT_STARTING_EQUITY = 50_000;

/** Resolves the settings of a run on `symbol`: a flag wins over the config, the config over the default. */
export function backtestSettings(
  flags: BacktestSettingFlags,
  config: BotConfig["backtest"],
  symbol: Root,
): BacktestSettings {
  const perRoot = config.costs?.[symbol];
  const base = DEFAULT_COSTS[symbol];
  return {
    startingEquity: flags.equity ?? config.startingEquity ?? DEFAULT_STARTING_EQUITY,
    qty: flags.qty ?? config.qty ?? 1,
    intrabar: flags.intrabar ?? config.intrabar ?? "adverse",
    costs: {
      commissionPerSide:
        flags.commission ?? perRoot?.commissionPerSide ?? config.commissionPerSide ?? base.commissionPerSide,
      slippageTicks: flags.slippage ?? perRoot?.slippageTicks ?? config.slippageTicks ?? base.slippageTicks,
    },
  };
}

/** The engine options for the settings. */
export function engineOptions(
  s: BacktestSettings,
): Pick<BacktestOptions, "startingEquity" | "costs" | "sizing" | "intrabar"> {
  return {
    startingEquity: s.startingEquity,
    costs: s.costs,
    sizing: { mode: "fixed", qty: s.qty },
    intrabar: s.intrabar === "adverse" ? "adverse-first" : "favorable-first",
  };
}

/** One stderr line saying what the run is simulated with. */
export function describeSettings(s: BacktestSettings): string {
  return `$${s.startingEquity} start, ${s.qty} contract${s.qty === 1 ? "" : "s"}, $${s.costs.commissionPerSide}/contract/side, ${s.costs.slippageTicks} tick${s.costs.slippageTicks === 1 ? "" : "s"} slippage, ${s.intrabar} first`;
}
