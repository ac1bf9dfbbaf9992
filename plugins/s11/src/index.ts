import type { ParamSchemaEntry } from "sessionkit";
import { S11_PARAMS_SCHEMA_VERSION, S11Params } from "./params.js";

export { S11_PARAMS_SCHEMA_VERSION, S11Params, type S11ParamValues } from "./params.js";

export const S11_STRATEGY_ID = "S11";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S11_STRATEGY_ID,
  schemaVersion: S11_PARAMS_SCHEMA_VERSION,
  schema: S11Params,
};
