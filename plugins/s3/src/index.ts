import type { ParamSchemaEntry } from "sessionkit";
import { S3_PARAMS_SCHEMA_VERSION, S3Params } from "./params.js";
import { S3_STRATEGY_ID } from "./strategy.js";

export type { S3Context, S3Values } from "./context.js";
export { BIAS_EMA_PERIOD, BIAS_SLOPE_MINUTES, s3Features, s3WarmupBars } from "./features.js";
export { NEWS_MINUTES } from "./guards.js";
export { S3_PARAMS_SCHEMA_VERSION, S3Params, type S3ParamValues } from "./params.js";
export { type S3PluginOptions, s3 } from "./plugin.js";
export type { S3State } from "./state.js";
export { S3_STRATEGY_ID, s3Strategy } from "./strategy.js";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S3_STRATEGY_ID,
  schemaVersion: S3_PARAMS_SCHEMA_VERSION,
  schema: S3Params,
};
