import { createHash } from "node:crypto";
import type { Bars } from "../data/bars.js";
import { SessionkitError } from "../errors/index.js";
import type { FeatureSource } from "./contract.js";
import { computeColumns } from "./feature-set.js";
import { parseFeatureKey } from "./keys.js";
import type { FeatureExternals } from "./providers.js";
import type { FeatureRegistry } from "./registry.js";

const hashes = new WeakMap<Bars, string>();

/** SHA-1 of the symbol, contract and every bar column; memoised per Bars object. */
export function datasetHash(bars: Bars): string {
  let h = hashes.get(bars);
  if (h === undefined) {
    const sha = createHash("sha1").update(`${bars.symbol}|${bars.contract ?? ""}|${bars.length}|`);
    for (const col of [bars.time, bars.open, bars.high, bars.low, bars.close, bars.volume]) {
      const v = col.subarray(0, bars.length);
      sha.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    }
    h = sha.digest("hex");
    hashes.set(bars, h);
  }
  return h;
}

/** Precomputed feature columns of one dataset, looked up by any spelling of a key (`atr` = `atr:14`). */
export class FeatureFrame {
  readonly length: number;
  readonly datasetId: string;
  private readonly columns: ReadonlyMap<string, Float64Array>;
  private readonly registry: FeatureRegistry;

  constructor(
    registry: FeatureRegistry,
    datasetId: string,
    length: number,
    columns: ReadonlyMap<string, Float64Array>,
  ) {
    this.registry = registry;
    this.datasetId = datasetId;
    this.length = length;
    this.columns = columns;
  }

  /** Canonical keys of the columns held. */
  get keys(): readonly string[] {
    return [...this.columns.keys()];
  }

  /** True when the frame holds `key`'s column; false also for a key no registered feature answers. */
  has(key: string): boolean {
    if (!this.registry.has(parseFeatureKey(key).family)) return false;
    return this.columns.has(this.registry.canonicalKey(key));
  }

  /** The column of `key`; a key the frame was not built with is SK_FEATURE_UNKNOWN. */
  column(key: string): Float64Array {
    const col = this.columns.get(this.registry.canonicalKey(key));
    if (col === undefined) {
      throw new SessionkitError("SK_FEATURE_UNKNOWN", `feature ${JSON.stringify(key)} is not in this FeatureFrame.`, {
        value: key,
        hint: `declare it in the strategy's features; the frame holds ${this.keys.join(", ")}`,
      });
    }
    return col;
  }
}

export interface FeatureFrameOptions {
  /** Identifies the external inputs (providers) when there are any; columns depending on them are cached under it. */
  readonly externalsId?: string;
  /** How many datasets to keep (least recently used is dropped). Default 4. */
  readonly maxDatasets?: number;
}

let anonymousExternals = 0;
const externalIds = new WeakMap<FeatureExternals, string>();

function externalsKey(ext: FeatureExternals, given: string | undefined): string {
  if (given !== undefined) return given;
  if (ext.orderBook === undefined && ext.regime === undefined && ext.position === undefined) return "none";
  let id = externalIds.get(ext);
  if (id === undefined) {
    id = `anon${++anonymousExternals}`;
    externalIds.set(ext, id);
  }
  return id;
}

/**
 * Computes each feature column of a dataset once and keeps it, keyed by (dataset hash, external
 * inputs, canonical feature key), so optimizer trials and repeated backtests reuse the same columns.
 */
export class FeatureFrameCache {
  private readonly registry: FeatureRegistry;
  private readonly maxDatasets: number;
  private readonly datasets = new Map<string, Map<string, Float64Array>>();
  computed = 0;

  constructor(registry: FeatureRegistry, options: { maxDatasets?: number } = {}) {
    this.registry = registry;
    this.maxDatasets = options.maxDatasets ?? 4;
  }

  /** A frame with every key in `keys` (computing only the columns not cached yet). */
  frame(src: FeatureSource, keys: readonly string[], options: FeatureFrameOptions = {}): FeatureFrame {
    const id = `${datasetHash(src.bars)}/${externalsKey(src.externals, options.externalsId)}`;
    let cols = this.datasets.get(id);
    if (cols === undefined) {
      cols = new Map();
      this.datasets.set(id, cols);
      while (this.datasets.size > this.maxDatasets) this.datasets.delete(this.datasets.keys().next().value!);
    } else {
      // Refresh its place in the LRU order.
      this.datasets.delete(id);
      this.datasets.set(id, cols);
    }
    const defs = keys.map((key) => this.registry.resolve(key));
    // The missing columns in one computeColumns call, so features sharing a kernel share its pass;
    // with the registry, built-in family members can run in the worker thread too.
    const missing = [...new Map(defs.filter((d) => !cols.has(d.key)).map((d) => [d.key, d])).values()];
    computeColumns(src, missing, undefined, { registry: this.registry }).forEach((col, k) => {
      cols.set(missing[k]!.key, col);
      this.computed++;
    });
    const picked = new Map<string, Float64Array>();
    for (const def of defs) picked.set(def.key, cols.get(def.key)!);
    return new FeatureFrame(this.registry, id, src.bars.length, picked);
  }
}
