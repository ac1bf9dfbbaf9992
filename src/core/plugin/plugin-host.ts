import { basename } from "node:path";
import semver from "semver";
import type { ResolvedPluginEntry } from "../config/schema.js";
import { formatValue, fromZodError, SessionkitError } from "../errors/index.js";
import { SDK_VERSION } from "../version.js";
import { isPluginInstance, type PluginInstance } from "./define-plugin.js";
import { orderByCapabilities } from "./plugin-order.js";

const NAME_RE = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

/**
 * Checks every plugin at registration (DESIGN rule 3): shape, unique name, sdk range, options,
 * requires/provides; then orders them so providers come before the plugins that require them.
 * Built-ins come first and are replaced by a user plugin of the same name.
 */
export function resolvePlugins(
  entries: readonly unknown[],
  builtins: readonly PluginInstance[],
  file: string | undefined,
): ResolvedPluginEntry[] {
  const where = file ? basename(file) : "default config";
  const user: ResolvedPluginEntry[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry === false || entry === null || entry === undefined || entry === 0 || entry === "") return;
    const plugin = checkShape(entry, index, where, file);
    const prev = seen.get(plugin.name);
    if (prev !== undefined) {
      throw new SessionkitError(
        "SK_PLUGIN_DUPLICATE",
        `${where}: plugins[${index}] (${plugin.name}) is already registered as plugins[${prev}].`,
        { file, path: `plugins[${index}]`, value: plugin.name, plugin: plugin.name },
      );
    }
    seen.set(plugin.name, index);
    user.push({ index, builtin: false, plugin, options: parseOptions(plugin, index, where, file) });
  });
  const kept = builtins
    .filter((b) => !seen.has(b.name))
    .map((plugin) => ({ index: -1, builtin: true, plugin, options: parseOptions(plugin, -1, where, file) }));
  return orderByCapabilities([...kept, ...user], where, file);
}

function checkShape(entry: unknown, index: number, where: string, file: string | undefined): PluginInstance {
  const path = `plugins[${index}]`;
  const invalid = (what: string, value: unknown, hint?: string) =>
    new SessionkitError("SK_PLUGIN_INVALID", `${where}: ${path} ${what}.`, {
      file,
      path,
      value,
      hint,
      details: [`${path}: ${formatValue(value)}`],
    });
  if (typeof entry === "function") {
    throw invalid("is a plugin factory, not a plugin", entry, "call the factory: `myPlugin()` instead of `myPlugin`.");
  }
  if (!isPluginInstance(entry)) throw invalid("is not a plugin made by definePlugin()", entry);
  const p = entry;
  if (typeof p.name !== "string" || p.name.length === 0) throw invalid("has no name", p.name);
  if (!NAME_RE.test(p.name)) {
    throw invalid(`has an invalid name ${formatValue(p.name)}`, p.name, "use a lower-case npm-style name.");
  }
  if (typeof p.version !== "string" || !semver.valid(p.version)) {
    throw invalid(`(${p.name}) has an invalid version ${formatValue(p.version)}`, p.version);
  }
  if (typeof p.sdk !== "string" || !semver.validRange(p.sdk)) {
    throw invalid(`(${p.name}) has an invalid sdk range ${formatValue(p.sdk)}`, p.sdk);
  }
  if (typeof p.setup !== "function") throw invalid(`(${p.name}) has no setup function`, p.setup);
  if (!semver.satisfies(SDK_VERSION, p.sdk, { includePrerelease: true })) {
    throw new SessionkitError(
      "SK_PLUGIN_SDK_MISMATCH",
      `${where}: ${path} (${p.name}@${p.version}) requires sessionkit ${p.sdk}, but this is ${SDK_VERSION}.`,
      { file, path: `${path}.sdk`, value: p.sdk, plugin: p.name },
    );
  }
  return p;
}

function parseOptions(plugin: PluginInstance, index: number, where: string, file: string | undefined): unknown {
  const path = index >= 0 ? `plugins[${index}]` : `built-in plugin`;
  if (!plugin.optionsSchema) {
    if (plugin.rawOptions !== undefined) {
      throw new SessionkitError("SK_PLUGIN_OPTIONS_INVALID", `${where}: ${path} (${plugin.name}) takes no options.`, {
        file,
        path: `${path}.options`,
        value: plugin.rawOptions,
        plugin: plugin.name,
        details: [`options: ${formatValue(plugin.rawOptions)}`],
      });
    }
    return undefined;
  }
  const r = plugin.optionsSchema.safeParse(plugin.rawOptions ?? {});
  if (r.success) return r.data;
  throw fromZodError(
    "SK_PLUGIN_OPTIONS_INVALID",
    `${where}: ${path} (${plugin.name}) has invalid options.`,
    r.error,
    plugin.rawOptions ?? {},
    { file, prefix: "options", plugin: plugin.name },
  );
}
