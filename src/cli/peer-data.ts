import { z } from "zod";
import type { Bars, Root } from "../core/data/bars.js";
import { createToken } from "../core/di/index.js";
import { definePlugin, type PluginInstance } from "../core/plugin/define-plugin.js";
import { SDK_VERSION } from "../core/version.js";

/** S6's peer contract (`PeerReturns` of @sessionkit/plugin-s6), restated so the CLI need not import it. */
export interface PeerReturnsLike {
  returnAt(root: Root, time: number): number;
}

/** What the CLI imports from @sessionkit/plugin-s6 to feed its divergence leg. */
export interface PeerModule {
  readonly PEERS: Readonly<Record<Root, readonly Root[]>>;
  readonly NO_PEER: PeerReturnsLike;
  peerReturnsFromBars(byRoot: Partial<Record<Root, Bars>>): PeerReturnsLike;
}

/**
 * The peer data of the default bot's S6 (SPEC §5: ES ↔ NQ, MES ↔ MNQ). S6 is given `peer` when the bot
 * is built, before a command has loaded any bars, so it gets this late-bound `PeerReturns`: it answers
 * NaN (divergence leg skipped) until a command that found the peer root's bars calls `use`.
 */
export interface PeerData {
  /** The plugin whose strategy reads `peer` (its registrations need peer bars). */
  readonly plugin: string;
  /** Peer roots of a root, in order of preference. */
  peersOf(root: Root): readonly Root[];
  /** Answers from these bars from now on (`{}` goes back to no peer). */
  use(byRoot: Partial<Record<Root, Bars>>): void;
  /** The value passed as S6's `peer` option. */
  readonly peer: PeerReturnsLike;
}

export const PeerDataToken = createToken<PeerData>("cli.PeerData");

export function createPeerData(plugin: string, mod: PeerModule): PeerData {
  let current = mod.NO_PEER;
  return {
    plugin,
    peersOf: (root) => mod.PEERS[root] ?? [],
    use(byRoot) {
      current = Object.keys(byRoot).length === 0 ? mod.NO_PEER : mod.peerReturnsFromBars(byRoot);
    },
    peer: { returnAt: (root, time) => current.returnAt(root, time) },
  };
}

const peerDataPlugin = definePlugin({
  name: "sessionkit-cli-peer-data",
  version: SDK_VERSION,
  sdk: `^${SDK_VERSION}`,
  description: "Peer bars for S6's divergence leg in the CLI's default bot.",
  options: z.custom<PeerData>((v) => typeof (v as PeerData | undefined)?.use === "function", {
    message: "must be a PeerData (createPeerData)",
  }),
  setup(ctx, options) {
    ctx.services.register(PeerDataToken, { useValue: options });
  },
});

/** The plugin that makes `data` resolvable as PeerDataToken in the bot. */
export function peerDataPluginFor(data: PeerData): PluginInstance {
  return peerDataPlugin(data);
}
