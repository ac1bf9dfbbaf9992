export { type FaultPoint, fsyncDir, removeDurable, writeFileAtomic } from "./atomic.js";
export {
  ParamFileStore,
  type ParamStoreOptions,
  type PromoteResult,
  type RollbackResult,
} from "./file-store.js";
export { archiveStamp, PARAM_SLOTS, type ParamSlot, ParamStoreLayout } from "./layout.js";
export { acquireLock, type LockOptions } from "./lock.js";
export { buildManifest, type ManifestSlotEntry, type ParamManifest } from "./manifest.js";
