import type { BotConfig } from "../config/schema.js";
import type { Provider, Token } from "../di/index.js";
import type { PluginHooks } from "../kernel/hooks/index.js";
import type { ServiceResolver } from "../kernel/service-resolver.js";
import type { Logger } from "../logging/index.js";
import type { StrategyRegistrar } from "../strategy/registry.js";

/** What setup() receives: the bot's config, a logger named after the plugin, tap-only hooks, services. */
export interface PluginContext {
  /** The plugin's name, as in every log line and error. */
  readonly name: string;
  readonly logger: Logger;
  /** The bot's resolved, deep-frozen config. */
  readonly config: BotConfig;
  /** The CLI command (or API caller) that booted the bot, e.g. "backtest", "train", "info". */
  readonly command: string;
  readonly mode: string;
  readonly hooks: PluginHooks;
  readonly services: PluginServices;
  /** Registers strategies: `ctx.strategies.register(strategy, { symbols, sessions? })` (strategy subsystem). */
  readonly strategies: StrategyRegistrar;
  /** Registers cleanup; shutdown runs these in reverse registration order (LIFO). */
  onShutdown(fn: () => void | Promise<void>): void;
}

export interface PluginServices extends ServiceResolver {
  /** Provides a service under a token; one provider per token and bot. */
  register<T>(token: Token<T>, provider: Provider<T>): void;
  isRegistered(token: Token<unknown>): boolean;
}
