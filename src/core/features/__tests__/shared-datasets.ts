// TEST-ONLY: loads every real file of ../shared/data/cme-1m once per test file, labelled with the
// CME MarketClock, for the feature integration tests and cross-checks.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { importBarFile } from "../../data/index.js";
import { labelBars } from "../../market-time/index.js";
import { sharedDataDir } from "../../testing/shared-data.js";
import type { FeatureSource } from "../contract.js";
import { featureSource } from "../source.js";

export interface SharedDataset {
  readonly file: string;
  readonly src: FeatureSource;
}

export function sharedFiles(): string[] {
  return readdirSync(sharedDataDir())
    .filter((f) => f.endsWith(".csv.gz"))
    .sort();
}

export async function loadShared(file: string): Promise<SharedDataset> {
  const { bars } = await importBarFile(join(sharedDataDir(), file));
  return { file, src: featureSource(bars, labelBars(bars.time)) };
}
