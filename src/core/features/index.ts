export * from "./builtin/index.js";
export {
  ConstantStream,
  defineFeature,
  type FeatureDef,
  type FeatureDefInit,
  type FeatureParamSpec,
  type FeatureSource,
  type FeatureStream,
  type GroupStream,
  orFill,
  runStream,
  type SharedKernel,
} from "./contract.js";
export { createFeatureRegistry } from "./default-registry.js";
export { defineFamily, type FamilyInit, type FeatureFamily, intParam, realParam } from "./family.js";
export { computeColumns, computeColumnsSerial, createFeatureSetStream, type FeatureSetStream } from "./feature-set.js";
export { datasetHash, FeatureFrame, FeatureFrameCache, type FeatureFrameOptions } from "./frame.js";
export { INDICATOR_FAMILIES, STRATEGY_DEFAULT_FEATURES } from "./indicators/index.js";
export { formatFeatureKey, type ParsedFeatureKey, parseFeatureKey } from "./keys.js";
export { computeModelColumns, createModelVectorStream, type ModelVectorStream } from "./model-vector.js";
export {
  type ColumnsOptions,
  isShared,
  isWorkerSafe,
  PARALLEL_MIN_BARS,
  sharedColumn,
  sharedFloat64,
  THREADS_ENV,
  terminateFeatureWorkers,
} from "./parallel/index.js";
export {
  type FeatureExternals,
  NO_EXTERNALS,
  type OrderBookProvider,
  type PositionProvider,
  positionColumn,
  type RegimeProvider,
  regimeColumn,
  S7_DEFAULT_THRESHOLDS,
  type S7Signal,
  type S7Thresholds,
  s7RegimeOf,
} from "./providers.js";
export { FeatureRegistry } from "./registry.js";
export { OneOutputStream, type RangeKernel, sharedKernel } from "./shared-kernel.js";
export { featureSource, type LiveBar, liveBarAt, StreamingBars } from "./source.js";
export {
  defaultFeatureSpec,
  FEATURE_SPEC_VERSION,
  type FeatureSpec,
  type FeatureSpecColumn,
  formatFeatureSpec,
  legacyFeatureSpec12,
  loadFeatureSpec,
  parseFeatureSpec,
  saveFeatureSpec,
} from "./spec/feature-spec.js";
export { projectColumns, projectionOf, projectRow } from "./spec/projection.js";
export { fitScaler, type Scaler, scaleInPlace, withScaler } from "./spec/scaler.js";
export {
  type FeatureExternalsResolver,
  FeatureExternalsToken,
  FeatureFrameCacheToken,
  FeatureRegistryToken,
} from "./tokens.js";
export { STREAM_TOLERANCE, verifyStreaming } from "./verify-stream.js";
