import { entry } from "./entry.js";

/** Error codes of core; permanent (see ../catalogue.ts). */
export const CORE_ERRORS = {
  // config
  SK_CONFIG_NOT_FOUND: entry(
    "config",
    2,
    "The bot config file does not exist.",
    "pass --config <file> or create bot.config.ts in the working directory.",
  ),
  SK_CONFIG_SYNTAX: entry(
    "config",
    2,
    "The bot config file could not be parsed or evaluated.",
    "fix the syntax error at the reported position.",
  ),
  SK_CONFIG_MODULE_NOT_FOUND: entry(
    "config",
    2,
    "The bot config (or a module it imports) imports a file or package that cannot be found.",
    "correct the import path (relative imports resolve against the importing file's folder) or install the package.",
  ),
  SK_CONFIG_INVALID: entry(
    "config",
    2,
    "The bot config has a field of the wrong type, an unknown key or an invalid value.",
    "correct the named field; `sessionkit info --debug` shows the resolved config.",
  ),
  SK_CONFIG_NO_EXPORT: entry(
    "config",
    2,
    "The bot config file has no default export.",
    "end the file with `export default defineConfig({...})`.",
  ),
  SK_CONFIG_PATH_MISSING: entry(
    "config",
    2,
    "A path named in the bot config does not exist.",
    "create the folder or file, or correct the path (relative paths resolve against the config's folder).",
  ),
  SK_SECRET_MISSING: entry(
    "config",
    2,
    "A required secret is not set in the environment.",
    "export the named environment variable; secrets are never read from files or config.",
  ),
  // plugins
  SK_PLUGIN_INVALID: entry(
    "plugin",
    3,
    "A plugin object is malformed (missing name, version, sdk range or setup).",
    "create plugins with definePlugin(); check the package exports the factory, not its result.",
  ),
  SK_PLUGIN_DUPLICATE: entry(
    "plugin",
    3,
    "Two plugins with the same name were registered.",
    "remove one of them from `plugins`; each plugin may appear once per bot.",
  ),
  SK_PLUGIN_REQUIRES_MISSING: entry(
    "plugin",
    3,
    "A plugin requires a capability no registered plugin provides.",
    "add a plugin that provides the capability, or remove the plugin that requires it.",
  ),
  SK_PLUGIN_CYCLE: entry(
    "plugin",
    3,
    "Plugin requirements form a cycle.",
    "break the cycle: a plugin cannot (indirectly) require what it provides.",
  ),
  SK_PLUGIN_SDK_MISMATCH: entry(
    "plugin",
    3,
    "A plugin was built for an sdk range that does not include this sessionkit version.",
    "upgrade the plugin or sessionkit so the versions match.",
  ),
  SK_PLUGIN_OPTIONS_INVALID: entry(
    "plugin",
    3,
    "A plugin was given invalid options.",
    "correct the named option; the plugin's README lists them.",
  ),
  SK_PLUGIN_SETUP_FAILED: entry(
    "plugin",
    3,
    "A plugin's setup() threw.",
    "read the cause; setup() must only register hooks and services.",
  ),
  SK_PLUGIN_SETUP_ASYNC: entry(
    "plugin",
    3,
    "A plugin's setup() returned a promise; setup must be synchronous.",
    "move asynchronous work into an init hook (hooks.lifecycle.init).",
  ),
  SK_PLUGIN_INIT_TIMEOUT: entry(
    "plugin",
    3,
    "A plugin's init did not finish within its timeout.",
    "raise `pluginTimeoutMs` in the config or make init faster.",
  ),
  // kernel and hooks
  SK_TAP_AFTER_SEAL: entry(
    "kernel",
    3,
    "A hook was tapped after the kernel was sealed.",
    "tap hooks only inside setup(); change behaviour at run time by swapping values, not taps.",
  ),
  SK_HOOK_FAILED: entry("kernel", 1, "A hook tap threw.", "the message names the plugin and hook; read the cause."),
  SK_HOOK_UNKNOWN: entry("kernel", 3, "A hook name does not exist.", "see docs/reference/hooks.md for the hook table."),
  SK_KERNEL_PHASE: entry(
    "kernel",
    1,
    "A kernel operation was called in the wrong lifecycle phase.",
    "follow configure → register → seal → init → run → shutdown.",
  ),
  SK_DI_UNREGISTERED: entry(
    "kernel",
    1,
    "A service was resolved that is not registered.",
    "register the service (ctx.services.register) in a plugin's setup before resolving it.",
  ),
  SK_DI_DUPLICATE: entry(
    "kernel",
    3,
    "A service token was registered twice.",
    "only one plugin may provide a service token.",
  ),
  // cli
  SK_CLI_USAGE: entry("cli", 2, "The command line is invalid.", "run `sessionkit <command> --help`."),
  // generic
  SK_INTERNAL: entry(
    "internal",
    70,
    "An unexpected internal error.",
    "re-run with --debug and report the stack trace.",
  ),
} as const;
