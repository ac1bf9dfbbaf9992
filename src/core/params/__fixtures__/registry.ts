import { paramSchemaEntry as s2 } from "@sessionkit/plugin-s2";
import { paramSchemaEntry as s3 } from "@sessionkit/plugin-s3";
import { paramSchemaEntry as s6 } from "@sessionkit/plugin-s6";
import { paramSchemaEntry as s11 } from "@sessionkit/plugin-s11";
import { ParamSchemaRegistry } from "../registry.js";

/** The four shipped schemas, for tests. */
export function testRegistry(): ParamSchemaRegistry {
  return new ParamSchemaRegistry([s2, s3, s6, s11]);
}
