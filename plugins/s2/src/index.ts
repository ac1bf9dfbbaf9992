import type { ParamSchemaEntry } from "sessionkit";
import { S2_PARAMS_SCHEMA_VERSION, S2Params } from "./params.js";
import { S2_STRATEGY_ID } from "./strategy.js";

export { S2_CONST } from "./constants.js";
export { type S2FeatureDecl, type S2FeatureName, s2Features } from "./features.js";
export { S2_PARAMS_SCHEMA_VERSION, S2Params, type S2ParamValues } from "./params.js";
export { type S2PluginOptions, s2 } from "./plugin.js";
export { QuantileTable } from "./quantile-table.js";
export { isRollWeek } from "./roll-week.js";
export { S2_STRATEGY_ID, s2Strategy } from "./strategy.js";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S2_STRATEGY_ID,
  schemaVersion: S2_PARAMS_SCHEMA_VERSION,
  schema: S2Params,
};
