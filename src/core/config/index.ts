export { deepFreeze } from "./deep-freeze.js";
export { type ConfigEnv, type ConfigExport, defineConfig } from "./define-config.js";
export { parseDuration } from "./duration.js";
export { DEFAULT_CONFIG_FILE, type LoadOptions, loadConfig } from "./load.js";
export { LIVE_OPT_IN_ENV, type ResolveOptions, resolveConfig } from "./resolve.js";
export { type BotConfig, type BotConfigInput, BotConfigSchema, type ResolvedPluginEntry } from "./schema.js";
