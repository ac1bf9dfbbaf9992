import type { BotConfig } from "../config/schema.js";
import type { Provider, ServiceContainer, Token } from "../di/index.js";
import type { Logger } from "../logging/index.js";
import { ParamSchemaRegistryToken } from "../params/tokens.js";
import type { PluginContext } from "../plugin/plugin-context.js";
import type { AnyStrategy, StrategyRegistrationOptions } from "../strategy/index.js";
import type { StrategyRegistry } from "../strategy/registry.js";
import type { Disposer } from "./disposer.js";
import type { HookRegistry } from "./hook-registry.js";

export interface ContextParts {
  readonly config: BotConfig;
  readonly logger: Logger;
  readonly command: string;
  readonly mode: string;
  readonly services: ServiceContainer;
  readonly registry: HookRegistry;
  readonly disposer: Disposer;
  readonly strategies: StrategyRegistry;
}

/** What one plugin's setup() receives; every registration it makes carries the plugin's name. */
export function createPluginContext(name: string, parts: ContextParts): PluginContext {
  const { services, strategies } = parts;
  return Object.freeze({
    name,
    logger: parts.logger.child({ plugin: name }),
    config: parts.config,
    command: parts.command,
    mode: parts.mode,
    hooks: parts.registry.facadeFor(name),
    services: Object.freeze({
      register: <T>(token: Token<T>, provider: Provider<T>) => services.register(token, provider, name),
      resolve: <T>(token: Token<T>) => services.resolve(token),
      tryResolve: <T>(token: Token<T>) => services.tryResolve(token),
      isRegistered: (token: Token<unknown>) => services.isRegistered(token),
    }),
    onShutdown: (fn: () => void | Promise<void>) => parts.disposer.add(name, fn),
    strategies: Object.freeze({
      register: (strategy: AnyStrategy, options: StrategyRegistrationOptions) => {
        strategies.register(strategy, options, name);
        // A strategy's parameter schema joins the bot's registry, so the provider chain serves it.
        const params = services.resolve(ParamSchemaRegistryToken);
        if (!params.has(strategy.id))
          params.register({ strategy: strategy.id, schemaVersion: 1, schema: strategy.params });
      },
    }),
  });
}
