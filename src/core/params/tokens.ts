import { createToken } from "../di/token.js";
import type { ParamSchemaRegistry } from "./registry.js";

/** Which parameter schema belongs to which strategy id; strategy plugins register theirs. */
export const ParamSchemaRegistryToken = createToken<ParamSchemaRegistry>("ParamSchemaRegistry");
