export {
  definePlugin,
  isPluginInstance,
  type PluginDefinition,
  type PluginFactory,
  type PluginInstance,
  type PluginMeta,
} from "./define-plugin.js";
export type { PluginContext, PluginServices } from "./plugin-context.js";
export { resolvePlugins } from "./plugin-host.js";
