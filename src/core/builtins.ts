import { barStore } from "./data/plugin.js";
import { cmeCalendar } from "./market-time/plugin.js";
import { fileParams } from "./params/plugin.js";
import type { PluginInstance } from "./plugin/define-plugin.js";

/**
 * The built-in plugins every bot gets unless its config says `builtins: false`. A user plugin with
 * the same name replaces the built-in. They use only the public plugin API (DESIGN rule 1).
 */
export function builtinPlugins(): PluginInstance[] {
  return [cmeCalendar(), barStore(), fileParams()];
}
