export { BAR_COLUMNS, type BarColumn, type BarColumns, type Bars, isRoot, ROOTS, type Root } from "./bars.js";
export {
  type CreateBarsInit,
  concatBars,
  createBars,
  emptyBars,
  lowerBound,
  sliceBars,
  sliceBySession,
  sliceByTime,
  sliceByTradeDate,
  tradeDateRange,
} from "./bars-ops.js";
export { BarColumnBuilder } from "./column-builder.js";
export {
  buildContinuous,
  type ContinuousOptions,
  type ContinuousSeries,
  expiryTradeDate,
  type PriceAdjustment,
  type RollPoint,
  type RollRule,
} from "./continuous.js";
export { continuousFromStore } from "./continuous-store.js";
export { renderBars, type TextBarFormat, writeBarsText } from "./export/text-writers.js";
export { importBarFileCached } from "./import/cached-import.js";
export { CSV_HEADER } from "./import/csv.js";
export { checkDataPath, type DataPathKind } from "./import/data-path.js";
export {
  type BarFileFormat,
  detectFormat,
  type ImportOptions,
  type ImportResult,
  importBarFile,
} from "./import/import-file.js";
export { type Instrument, MONTH_CODES, type MonthCode, parseContract, resolveInstrument } from "./import/instrument.js";
export { type BarSummary, summarizeBars } from "./inspect.js";
export { type DataLoader, DataLoaderToken, defaultCacheDir, type LoadedData, type SymbolRange } from "./loader.js";
export * from "./projectx/index.js";
export type { DataCalendar } from "./quality/calendar.js";
export {
  DEFAULT_QUALITY_POLICY,
  FINDING_KINDS,
  type FindingAction,
  type FindingKind,
  type QualityOptions,
  type QualityPolicy,
  type QualityPolicyInput,
  QualityPolicySchema,
  resolvePolicy,
} from "./quality/policy.js";
export { type Finding, formatFinding, type QualityReport } from "./quality/report.js";
export { normal, type Random, seededRandom } from "./random.js";
export { nodeWriteIo, type WriteIo, writeFileAtomic } from "./store/atomic-write.js";
export { encodeBarCache, readBarCache, readBarCacheEntry, writeBarCache } from "./store/bar-cache.js";
export { BarStore, sourceKey } from "./store/bar-store.js";
export { mergeBars } from "./store/merge.js";
export { decodeBarsParquet, encodeBarsParquet, readBarsParquet, writeBarsParquet } from "./store/parquet.js";
export * from "./synth/index.js";
export { BarStoreToken } from "./tokens.js";
