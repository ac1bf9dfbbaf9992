import type { ConfigEnv } from "../core/config/index.js";
import type { BotConfigInput } from "../core/config/schema.js";
import { SessionkitError } from "../core/errors/index.js";
import { isPluginInstance, type PluginInstance } from "../core/plugin/define-plugin.js";
import { createPeerData, type PeerModule, peerDataPluginFor } from "./peer-data.js";

/** The strategy plugin packages shipped with sessionkit, and the factory each exports. */
export const BUILTIN_STRATEGY_PACKAGES = [
  ["@sessionkit/plugin-s2", "s2"],
  ["@sessionkit/plugin-s3", "s3"],
  ["@sessionkit/plugin-s6", "s6"],
  ["@sessionkit/plugin-s11", "s11"],
] as const;

/**
 * The four built-in strategy plugins with their default options. They are separate packages that
 * depend on sessionkit, so the CLI loads them at run time rather than importing them statically.
 * A package that does not export its strategy plugin yet is left out.
 */
export async function loadBuiltinStrategyPlugins({ peerData = false } = {}): Promise<PluginInstance[]> {
  const plugins: PluginInstance[] = [];
  for (const [pkg, factoryName] of BUILTIN_STRATEGY_PACKAGES) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pkg)) as Record<string, unknown>;
    } catch (e) {
      throw new SessionkitError("SK_PLUGIN_INVALID", `built-in strategy package ${pkg} could not be loaded.`, {
        value: pkg,
        cause: e,
        hint: "run `npm run setup` (it builds the plugin packages), or pass --config with your own bot.",
      });
    }
    const factory = mod[factoryName];
    if (typeof factory !== "function") continue;
    // S6's divergence leg reads a peer instrument; the default bot gives it peer data a command fills in
    const peer = factoryName === "s6" && peerData && isPeerModule(mod) ? createPeerData(pkg, mod) : undefined;
    const plugin = (factory as (o?: unknown) => unknown)(peer === undefined ? undefined : { peer: peer.peer });
    if (!isPluginInstance(plugin)) continue;
    plugins.push(plugin);
    if (peer !== undefined) plugins.push(peerDataPluginFor(peer));
  }
  return plugins;
}

const isPeerModule = (m: Record<string, unknown>): m is Record<string, unknown> & PeerModule =>
  typeof m.peerReturnsFromBars === "function" && typeof m.PEERS === "object" && typeof m.NO_PEER === "object";

/** The CLI's default bot (no --config and no ./bot.config.ts): built-ins plus the four strategies. */
export async function cliDefaultBotConfig(_env: ConfigEnv): Promise<BotConfigInput> {
  return { name: "default", plugins: await loadBuiltinStrategyPlugins({ peerData: true }) };
}
