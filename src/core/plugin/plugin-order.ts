import type { ResolvedPluginEntry } from "../config/schema.js";
import { SessionkitError } from "../errors/index.js";

/**
 * Orders plugins so every capability a plugin `requires` is provided by a plugin set up earlier.
 * Stable: otherwise config order (built-ins first). Missing capabilities and cycles are coded errors.
 */
export function orderByCapabilities(
  entries: readonly ResolvedPluginEntry[],
  where: string,
  file: string | undefined,
): ResolvedPluginEntry[] {
  const providers = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const cap of e.plugin.provides) providers.set(cap, [...(providers.get(cap) ?? []), i]);
  });
  const deps = entries.map((e) =>
    e.plugin.requires.flatMap((cap) => {
      const by = providers.get(cap);
      if (!by) {
        const available = [...providers.keys()].sort().join(", ") || "none";
        throw new SessionkitError(
          "SK_PLUGIN_REQUIRES_MISSING",
          `${where}: ${e.plugin.name} requires capability "${cap}", which no registered plugin provides.`,
          {
            file,
            path: e.index >= 0 ? `plugins[${e.index}].requires` : "requires",
            value: cap,
            plugin: e.plugin.name,
            details: [`capabilities provided: ${available}`],
          },
        );
      }
      return by;
    }),
  );
  // Kahn's algorithm, always picking the lowest remaining index so the order is deterministic.
  const done = new Array<boolean>(entries.length).fill(false);
  const out: ResolvedPluginEntry[] = [];
  while (out.length < entries.length) {
    const next = entries.findIndex((_, i) => !done[i] && deps[i]!.every((d) => d === i || done[d]));
    if (next < 0) {
      const stuck = entries.filter((_, i) => !done[i]).map((e) => e.plugin.name);
      throw new SessionkitError(
        "SK_PLUGIN_CYCLE",
        `${where}: plugin requirements form a cycle among ${stuck.join(", ")}.`,
        { file, value: stuck, plugin: stuck[0] },
      );
    }
    done[next] = true;
    out.push(entries[next]!);
  }
  return out;
}
