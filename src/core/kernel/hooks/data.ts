import type { Bars, Root } from "../../data/bars.js";
import type { LoadedData } from "../../data/loader.js";
import { hookSpec } from "../hook-spec.js";

export interface DataSourceRequest {
  readonly symbol: Root;
  /** Epoch ms, inclusive; undefined = from the first bar available. */
  readonly from: number | undefined;
  /** Epoch ms, exclusive; undefined = up to the last bar available. */
  readonly to: number | undefined;
}

/** Market data: where a symbol's bars come from, and every dataset loaded. */
export const dataHooks = {
  source: hookSpec<DataSourceRequest, Bars>()(
    "seriesBail",
    ["symbol", "from", "to"],
    "when a symbol's bars are loaded (DataLoader.loadSymbol); the first tap returning Bars wins (the built-in bar-store answers at Stage.Fallback with its continuous series)",
  ),
  loaded: hookSpec<LoadedData>()(
    "sync",
    ["bars", "labels", "report", "source"],
    "after any dataset was loaded and labelled by the calendar (file, store, source plugin)",
  ),
};
