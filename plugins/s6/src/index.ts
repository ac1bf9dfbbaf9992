import type { ParamSchemaEntry } from "sessionkit";
import { S6_PARAMS_SCHEMA_VERSION, S6Params } from "./params.js";

export { S6_PARAMS_SCHEMA_VERSION, S6Params, type S6ParamValues } from "./params.js";

export const S6_STRATEGY_ID = "S6";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S6_STRATEGY_ID,
  schemaVersion: S6_PARAMS_SCHEMA_VERSION,
  schema: S6Params,
};
