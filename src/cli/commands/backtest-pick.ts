import type { Root } from "../../core/data/bars.js";
import { SessionkitError } from "../../core/errors/index.js";
import type { Kernel } from "../../core/kernel/index.js";
import { type RegisteredStrategy, StrategyRegistryToken } from "../../core/strategy/registry.js";

const symbolsOf = (r: RegisteredStrategy) => `${r.strategy.id} (${r.plugin}): ${r.symbols.join(", ")}`;

/**
 * The strategies to run: the one named by --strategy, else every registered one that trades the symbol.
 * Either way a strategy runs only on a root its registration (the plugin's `symbols`) lists.
 */
export function pickStrategies(kernel: Kernel, id: string | undefined, symbol: string): RegisteredStrategy[] {
  const registry = kernel.resolve(StrategyRegistryToken);
  if (id !== undefined) {
    const reg = registry.get(id);
    if (!reg.symbols.includes(symbol as Root)) {
      const only = reg.symbols.length === 1 ? `${reg.symbols[0]} only` : `${reg.symbols.join(", ")}`;
      throw new SessionkitError(
        "SK_STRATEGY_SYMBOL_MISMATCH",
        `backtest: ${reg.strategy.id} is configured for ${only}; the data is ${symbol}.`,
        {
          path: "--strategy",
          value: reg.strategy.id,
          plugin: reg.plugin,
          details: [`symbols of ${symbolsOf(reg)}`],
        },
      );
    }
    return [reg];
  }
  const registered = registry.list();
  if (registered.length === 0) {
    throw new SessionkitError("SK_STRATEGY_UNKNOWN", "backtest: the bot registers no strategy.", {
      hint: "add a strategy plugin to bot.config.ts (or pass --config).",
    });
  }
  const all = registered.filter((r) => r.symbols.includes(symbol as Root));
  if (all.length === 0) {
    throw new SessionkitError("SK_STRATEGY_SYMBOL_MISMATCH", `backtest: no registered strategy trades ${symbol}.`, {
      value: symbol,
      details: registered.map((r) => `symbols of ${symbolsOf(r)}`),
    });
  }
  return all;
}
