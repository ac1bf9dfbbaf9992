import type { ServiceContainer } from "../di/index.js";
import { createFeatureRegistry } from "../features/default-registry.js";
import { FeatureFrameCache } from "../features/frame.js";
import { FeatureExternalsToken, FeatureFrameCacheToken, FeatureRegistryToken } from "../features/tokens.js";
import type { Hooks } from "./hooks/index.js";

/**
 * The kernel side of features: the registry (built-ins, then whatever plugins add through
 * `features.register`), the per-bot FeatureFrame cache, and the external inputs asked of the
 * `features.orderBook` / `features.regime` bail hooks.
 */
export function registerFeatureServices(services: ServiceContainer, hooks: Hooks): void {
  services.register(FeatureRegistryToken, {
    useFactory: () => {
      const registry = createFeatureRegistry();
      hooks.features.register.call({ registry });
      return registry;
    },
  });
  services.register(FeatureFrameCacheToken, {
    useFactory: (c) => new FeatureFrameCache(c.resolve(FeatureRegistryToken)),
  });
  services.register(FeatureExternalsToken, {
    useValue: {
      externalsFor: (symbol, bars) => ({
        orderBook: hooks.features.orderBook.call({ symbol, bars }),
        regime: hooks.features.regime.call({ symbol, bars }),
      }),
    },
  });
}
