import type { Bars, Root } from "../../data/bars.js";
import type { OrderBookProvider, RegimeProvider } from "../../features/providers.js";
import type { FeatureRegistry } from "../../features/registry.js";
import { hookSpec } from "../hook-spec.js";

export interface FeatureRegistryContext {
  readonly registry: FeatureRegistry;
}

export interface ExternalSourceRequest {
  readonly symbol: Root;
  /** The dataset the provider will be asked about, by bar index. */
  readonly bars: Bars;
}

/** Features: plugin features and the two external inputs of the model vector. */
export const featuresHooks = {
  register: hookSpec<FeatureRegistryContext>()(
    "sync",
    ["registry"],
    "once, when the bot's FeatureRegistry is first resolved; register features with registry.register(defineFeature(...) | defineFamily(...))",
  ),
  orderBook: hookSpec<ExternalSourceRequest, OrderBookProvider>()(
    "syncBail",
    ["symbol", "bars"],
    "per dataset, when features are computed: the first tap returning an OrderBookProvider feeds ob_imbalance (none → fill 1.0)",
  ),
  regime: hookSpec<ExternalSourceRequest, RegimeProvider>()(
    "syncBail",
    ["symbol", "bars"],
    "per dataset, when features are computed: the first tap returning a RegimeProvider feeds s7_regime (none → fill 0)",
  ),
};
