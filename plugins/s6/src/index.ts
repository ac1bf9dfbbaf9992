import type { ParamSchemaEntry } from "sessionkit";
import { S6_PARAMS_SCHEMA_VERSION, S6Params } from "./params.js";
import { S6_STRATEGY_ID } from "./strategy.js";

export {
  classify,
  DRIVE_LONG,
  DRIVE_SHORT,
  IDLE,
  REVERSAL_LONG,
  REVERSAL_SHORT,
  type S6Inputs,
} from "./classify.js";
export { s6Features } from "./features.js";
export { S6_PARAMS_SCHEMA_VERSION, S6Params, type S6ParamValues } from "./params.js";
export { divergenceBp, NO_PEER, PEERS, type PeerReturns, peerReturnsFromBars } from "./peer.js";
export { S6PluginOptions, s6 } from "./plugin.js";
export { createS6Strategy, S6_STRATEGY_ID, type S6StrategyOptions, s6Strategy } from "./strategy.js";

/** What the params registry needs from this plugin (the CLI and the file provider read it). */
export const paramSchemaEntry: ParamSchemaEntry = {
  strategy: S6_STRATEGY_ID,
  schemaVersion: S6_PARAMS_SCHEMA_VERSION,
  schema: S6Params,
};
