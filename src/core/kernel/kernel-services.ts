import type { BotConfig } from "../config/schema.js";
import { ConfigToken, LoggerToken, type ServiceContainer, TimeSourceToken } from "../di/index.js";
import type { Logger } from "../logging/index.js";
import { type StrategyRegistry, StrategyRegistryToken } from "../strategy/registry.js";
import { registerDataServices } from "./data-services.js";
import { registerFeatureServices } from "./features-services.js";
import type { Hooks } from "./hooks/index.js";
import { registerMarketServices } from "./market-services.js";
import { registerParamsServices } from "./params-services.js";

/**
 * Every service the kernel itself provides to a bot, one subsystem per module (market time, params,
 * features, data). They are the services that call hooks, which plugins cannot. Returns a function that
 * stops whatever they started (live clock events, parameter reloads).
 */
export function registerKernelServices(
  services: ServiceContainer,
  hooks: Hooks,
  config: BotConfig,
  logger: Logger,
  strategies: StrategyRegistry,
): () => void {
  services.register(ConfigToken, { useValue: config as unknown as Readonly<Record<string, unknown>> });
  services.register(LoggerToken, { useValue: logger });
  services.register(TimeSourceToken, { useValue: { now: () => Date.now() } });
  services.register(StrategyRegistryToken, { useValue: strategies });
  const stopMarket = registerMarketServices(services, hooks);
  const closeParams = registerParamsServices(services, hooks, config);
  registerFeatureServices(services, hooks);
  registerDataServices(services, hooks, config);
  return () => {
    stopMarket();
    closeParams();
  };
}
