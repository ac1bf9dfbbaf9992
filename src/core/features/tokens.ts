import type { Bars, Root } from "../data/bars.js";
import { createToken } from "../di/token.js";
import type { FeatureFrameCache } from "./frame.js";
import type { FeatureExternals } from "./providers.js";
import type { FeatureRegistry } from "./registry.js";

/** The bot's feature registry: the 13 model features, the built-in indicators and plugin features. */
export const FeatureRegistryToken = createToken<FeatureRegistry>("FeatureRegistry");

/** Per-bot cache of computed feature columns, shared by backtests and optimizer trials. */
export const FeatureFrameCacheToken = createToken<FeatureFrameCache>("FeatureFrameCache");

/**
 * The external inputs of a dataset (order book behind `ob_imbalance`, regime behind `s7_regime`), asked
 * of the `features.orderBook` / `features.regime` bail hooks; none answering → the columns' fill values.
 */
export interface FeatureExternalsResolver {
  externalsFor(symbol: Root, bars: Bars): FeatureExternals;
}
export const FeatureExternalsToken = createToken<FeatureExternalsResolver>("FeatureExternals");
