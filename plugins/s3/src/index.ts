import type { ParamSchemaEntry } from "sessionkit";
import { S3_PARAMS_SCHEMA_VERSION, S3Params } from "./params.js";

export { S3_PARAMS_SCHEMA_VERSION, S3Params, type S3ParamValues } from "./params.js";

export const S3_STRATEGY_ID = "S3";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S3_STRATEGY_ID,
  schemaVersion: S3_PARAMS_SCHEMA_VERSION,
  schema: S3Params,
};
