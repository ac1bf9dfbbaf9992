import { createToken } from "../di/token.js";
import type { FeatureFrameCache } from "./frame.js";
import type { OrderBookProvider, RegimeProvider } from "./providers.js";
import type { FeatureRegistry } from "./registry.js";

/** The bot's feature registry: the 13 model features, the built-in indicators and plugin features. */
export const FeatureRegistryToken = createToken<FeatureRegistry>("FeatureRegistry");

/** Per-bot cache of computed feature columns, shared by backtests and optimizer trials. */
export const FeatureFrameCacheToken = createToken<FeatureFrameCache>("FeatureFrameCache");

/** Optional: the order-book source behind `ob_imbalance` (unregistered → the fill 1.0). */
export const OrderBookProviderToken = createToken<OrderBookProvider>("OrderBookProvider");

/** Optional: the S7 regime source behind `s7_regime` (unregistered → the fill 0). */
export const RegimeProviderToken = createToken<RegimeProvider>("RegimeProvider");
