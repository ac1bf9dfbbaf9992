import type { BotConfig } from "../config/schema.js";
import { sliceByTime } from "../data/bars-ops.js";
import { importBarFileCached } from "../data/import/cached-import.js";
import { DataLoaderToken, defaultCacheDir, type LoadedData } from "../data/loader.js";
import type { ServiceContainer } from "../di/index.js";
import { SessionkitError } from "../errors/index.js";
import { MarketClockToken } from "../market-time/tokens.js";
import type { Hooks } from "./hooks/index.js";

/** The kernel's DataLoader: files through the cached importer, symbols through the `data.source` hook. */
export function registerDataServices(services: ServiceContainer, hooks: Hooks, config: BotConfig): void {
  services.register(DataLoaderToken, {
    useFactory: (c) => {
      const loaded = (data: LoadedData) => {
        hooks.data.loaded.call(data);
        return data;
      };
      return {
        async loadFile(file, options = {}) {
          const clock = c.resolve(MarketClockToken);
          const r = await importBarFileCached(file, {
            ...(options.symbol !== undefined && { symbol: options.symbol }),
            calendar: clock,
            cacheDir: defaultCacheDir(),
          });
          return loaded({ bars: r.bars, labels: clock.labelBars(r.bars.time), report: r.report, source: file });
        },
        async loadSymbol(symbol, range = {}) {
          const request = { symbol, from: range.from, to: range.to };
          const all = await hooks.data.source.promise(request);
          const bars = all && sliceByTime(all, range.from ?? -Infinity, range.to ?? Infinity);
          if (!bars || bars.length === 0) {
            throw new SessionkitError("SK_DATA_NOT_FOUND", `no bars for ${symbol} in the requested range.`, {
              value: symbol,
              details: [`data.dir: ${config.data.dir ?? "(not set; ./data)"}`],
            });
          }
          const clock = c.resolve(MarketClockToken);
          return loaded({ bars, labels: clock.labelBars(bars.time), report: undefined, source: "store" });
        },
      };
    },
  });
}
