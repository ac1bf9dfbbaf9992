import type { Kernel } from "../../core/kernel/index.js";
import type { RegisteredStrategy } from "../../core/strategy/registry.js";
import { PeerDataToken } from "../peer-data.js";
import { type DataDeps, type LoadedData, loadPeerBars } from "./backtest-data.js";

/**
 * Feeds S6's divergence leg (default bot only: its S6 reads the late-bound PeerData) with the peer
 * root's bars (ES ↔ NQ, MES ↔ MNQ) when --data is a directory that holds them; otherwise the leg stays
 * skipped, as SPEC §5 says. Returns the stderr line saying which.
 */
export async function feedPeer(
  kernel: Kernel,
  chosen: readonly RegisteredStrategy[],
  data: LoadedData,
  deps: DataDeps,
): Promise<string | undefined> {
  const peerData = kernel.tryResolve(PeerDataToken);
  const readers = chosen.filter((r) => r.plugin === peerData?.plugin).map((r) => r.strategy.id);
  if (peerData === undefined || readers.length === 0) return undefined;
  const roots = peerData.peersOf(data.bars.symbol);
  const peer = data.dir === undefined ? undefined : await loadPeerBars(data.dir, roots, deps);
  peerData.use(peer === undefined ? {} : { [peer.root]: peer.bars });
  const who = `${readers.join(", ")} divergence leg`;
  return peer === undefined
    ? `backtest: ${who} skipped: no ${roots.join(" or ")} bars${data.dir === undefined ? " (--data is not a directory)" : ` in ${data.dir}`}`
    : `backtest: ${who}: peer ${peer.root} from ${peer.files} file${peer.files === 1 ? "" : "s"} in ${data.dir}`;
}
