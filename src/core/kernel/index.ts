export { Disposer } from "./disposer.js";
export { type HookInfo, HookRegistry, type TapStat } from "./hook-registry.js";
export { type AnyTapable, type HookKind, type HookSpec, hookSpec } from "./hook-spec.js";
export {
  type CalendarRequest,
  type DataSourceRequest,
  type ExternalSourceRequest,
  type FeatureRegistryContext,
  HOOK_SPECS,
  type HookGroupName,
  type Hooks,
  type InitContext,
  type PluginHooks,
  type ReadyContext,
  type RegisteredContext,
  type SignalContext,
  type SizingContext,
  type TapOnly,
  type TapOptions,
} from "./hooks/index.js";
export { type BotInfo, Kernel, type KernelOptions, type KernelPhase } from "./kernel.js";
export type { ServiceResolver } from "./service-resolver.js";
export { Stage, type StageName } from "./stages.js";
export { renderTiming, type TimingNode, timed } from "./timing.js";
