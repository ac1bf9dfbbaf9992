import { resolve } from "node:path";
import { Stage } from "../kernel/stages.js";
import { MarketClockToken } from "../market-time/tokens.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { SDK_VERSION } from "../version.js";
import { continuousFromStore } from "./continuous-store.js";
import { BarStore } from "./store/bar-store.js";
import { BarStoreToken } from "./tokens.js";

/**
 * The built-in on-disk bar store: Parquet per contract month plus the fast binary cache, in the config's
 * `data.dir` (else `./data` beside the config). Registered lazily: nothing touches the disk until asked.
 */
export const barStore = definePlugin({
  name: "bar-store",
  version: SDK_VERSION,
  sdk: `^${SDK_VERSION}`,
  description: "Parquet bar store with a fast binary cache.",
  provides: ["bar-store"],
  requires: ["calendar"],
  setup(ctx) {
    const dir = ctx.config.data.dir ?? resolve(ctx.config.root, "data");
    ctx.services.register(BarStoreToken, { useFactory: () => new BarStore(dir) });
    // Last link of `data.source`: the continuous series of the stored contract months.
    ctx.hooks.data.source.tap(
      ({ symbol }) => {
        const store = ctx.services.resolve(BarStoreToken);
        if (store.keys(symbol).length === 0) return undefined;
        return continuousFromStore(store, symbol, ctx.services.resolve(MarketClockToken)).bars;
      },
      { stage: Stage.Fallback },
    );
  },
});
