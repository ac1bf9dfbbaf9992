import { resolve } from "node:path";
import { definePlugin } from "../plugin/define-plugin.js";
import { SDK_VERSION } from "../version.js";
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
  setup(ctx) {
    const dir = ctx.config.data.dir ?? resolve(ctx.config.root, "data");
    ctx.services.register(BarStoreToken, { useFactory: () => new BarStore(dir) });
  },
});
