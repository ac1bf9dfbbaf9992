export { createFileStoreProvider, FILE_PROVIDER_NAME } from "./file-provider.js";
export {
  DEFAULT_RELOAD_EVERY_MS,
  type DirWatcher,
  ParamsRuntime,
  type ParamsRuntimeOptions,
  type ReloadTimer,
} from "./params-runtime.js";
export type {
  ParamProvider,
  ParamRequest,
  ParamsEventListener,
  RejectedEvent,
  ReloadedEvent,
  ReloadTrigger,
  ResolvedEvent,
} from "./provider.js";
