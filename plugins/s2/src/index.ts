import type { ParamSchemaEntry } from "sessionkit";
import { S2_PARAMS_SCHEMA_VERSION, S2Params } from "./params.js";

export { S2_PARAMS_SCHEMA_VERSION, S2Params, type S2ParamValues } from "./params.js";

export const S2_STRATEGY_ID = "S2";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S2_STRATEGY_ID,
  schemaVersion: S2_PARAMS_SCHEMA_VERSION,
  schema: S2Params,
};
