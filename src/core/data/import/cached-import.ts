import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { QualityReport } from "../quality/report.js";
import { readBarCacheEntry, writeBarCache } from "../store/bar-cache.js";
import { sourceKey } from "../store/bar-store.js";
import { checkDataPath } from "./data-path.js";
import { type BarFileFormat, type ImportOptions, type ImportResult, importBarFile } from "./import-file.js";
import type { Instrument } from "./instrument.js";

interface CachedExtra {
  instrument: Instrument;
  format: BarFileFormat;
  report: QualityReport;
}

/**
 * importBarFile behind the fast cache: the first import of a file writes `<cacheDir>/<hash>.skbars`;
 * later ones load it in milliseconds as long as the file's size and mtime and the import options are
 * unchanged. The quality report is cached with the bars, so it is identical either way.
 */
export async function importBarFileCached(
  file: string,
  options: ImportOptions & { readonly cacheDir: string },
): Promise<ImportResult & { readonly fromCache: boolean }> {
  checkDataPath(file);
  const { cacheDir, calendar, ...rest } = options;
  const id = createHash("sha256")
    .update(JSON.stringify([resolve(file), rest, calendar === undefined ? "no-calendar" : "calendar"]))
    .digest("hex")
    .slice(0, 32);
  const cacheFile = join(cacheDir, `${id}.skbars`);
  const key = sourceKey(file);
  const hit = readBarCacheEntry(cacheFile, key);
  if (hit !== undefined) {
    const extra = hit.extra as CachedExtra;
    return {
      bars: hit.bars,
      instrument: extra.instrument,
      format: extra.format,
      report: extra.report,
      fromCache: true,
    };
  }
  const result = await importBarFile(file, options);
  mkdirSync(cacheDir, { recursive: true });
  const extra: CachedExtra = { instrument: result.instrument, format: result.format, report: result.report };
  writeBarCache(cacheFile, result.bars, key, undefined, extra);
  return { ...result, fromCache: false };
}
