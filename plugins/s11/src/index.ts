import type { ParamSchemaEntry } from "sessionkit";
import { S11_PARAMS_SCHEMA_VERSION, S11Params } from "./params.js";
import { S11_STRATEGY_ID } from "./strategy.js";

export { adrUsed, fadeSide, rejection, type S11Inputs, volumeExhaustion } from "./classify.js";
export { fadeEntry, fadeStop, fadeTarget } from "./entry.js";
export { type DepthImbalance, depthAllows, type NewsGate } from "./externals.js";
export { s11Features } from "./features.js";
export { S11_PARAMS_SCHEMA_VERSION, S11Params, type S11ParamValues } from "./params.js";
export { S11PluginOptions, s11 } from "./plugin.js";
export { createS11Strategy, S11_STRATEGY_ID, type S11StrategyOptions, s11Strategy } from "./strategy.js";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S11_STRATEGY_ID,
  schemaVersion: S11_PARAMS_SCHEMA_VERSION,
  schema: S11Params,
};
