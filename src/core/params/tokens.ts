import { createToken } from "../di/token.js";
import type { ParamSchemaRegistry } from "./registry.js";
import type { ParamsRuntime } from "./runtime/params-runtime.js";

/** The live parameter source of a bot (provider chain, cached frozen lookups, reloads). */
export const ParamsRuntimeToken = createToken<ParamsRuntime>("ParamsRuntime");

/** Which parameter schema belongs to which strategy id; strategy plugins register theirs. */
export const ParamSchemaRegistryToken = createToken<ParamSchemaRegistry>("ParamSchemaRegistry");
