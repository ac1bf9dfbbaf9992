export { EXTRA_OUTPUT, FAMILY_COST, featureCost, groupCost, UNKNOWN_FAMILY_COST } from "./cost.js";
export { type ColumnsOptions, PARALLEL_MIN_BARS, THREADS_ENV, threadBudget } from "./options.js";
export {
  computeColumnsParallel,
  planThreads,
  releaseScratch,
  type SerialColumns,
  setWorkerWaitLimits,
} from "./parallel-columns.js";
export {
  currentFeatureWorker,
  DEFAULT_LIMITS,
  FeatureWorker,
  featureWorker,
  type JobOutcome,
  RETIRE_AFTER_BYTES,
  terminateFeatureWorkers,
  type WaitLimits,
  workerScript,
} from "./pool.js";
export { isWorkerSafe, MAIN_THREAD_FAMILIES, workerSafeFamilyNames } from "./portability.js";
export { isShared, sharedColumn, sharedFloat64, sharedLike } from "./shared-memory.js";
export { type KernelUnit, kernelUnits, splitUnits, type ThreadSplit } from "./split.js";
export { rebuildSource, type SourceTransfer, sourceTransfer, type WorkerJob } from "./transfer.js";
export { enableFeatureWorkers, workersDisabled } from "./worker-health.js";
