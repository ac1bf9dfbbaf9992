/**
 * sessionkit: build, tune and safely run session-aware intraday strategies on CME equity-index futures.
 * This is the public entry; plugins import only from here (DESIGN rule 1).
 * @packageDocumentation
 */
import "reflect-metadata";

export { z } from "zod";
// backtest
export {
  type BacktestInput,
  type BacktestOptions,
  type BacktestResult,
  backtestMetrics,
  type CostModel,
  combinedMetrics,
  computeMetrics,
  DEFAULT_COSTS,
  dailyPnl,
  type ExitReason,
  type FeatureColumnSource,
  type FlattenMode,
  type Metrics,
  type MetricsOptions,
  metricsBySession,
  NO_COSTS,
  type RunMetrics,
  registryColumns,
  runBacktest,
  type SizingRule,
  type Trade,
  type TradeLike,
} from "./core/backtest/index.js";
// bot
export { type CreateBotOptions, createBot, defaultBotConfig } from "./core/bot.js";
export { builtinPlugins } from "./core/builtins.js";
// config
export {
  type BotConfig,
  type BotConfigInput,
  type ConfigEnv,
  type ConfigExport,
  defineConfig,
  LIVE_OPT_IN_ENV,
  loadConfig,
  resolveConfig,
} from "./core/config/index.js";
// data
export * from "./core/data/index.js";
export { barStore } from "./core/data/plugin.js";
// di
export {
  ConfigToken,
  createToken,
  inject,
  injectable,
  LoggerToken,
  type Provider,
  type TimeSource,
  TimeSourceToken,
  type Token,
} from "./core/di/index.js";
// errors
export {
  CATALOGUE,
  type ErrorCode,
  isSessionkitError,
  SessionkitError,
} from "./core/errors/index.js";
// features
export * from "./core/features/index.js";
// kernel
export {
  type BotInfo,
  type CalendarRequest,
  type DataSourceRequest,
  type ExternalSourceRequest,
  type FeatureRegistryContext,
  type HookInfo,
  type Hooks,
  type InitContext,
  Kernel,
  type PluginHooks,
  type ReadyContext,
  type RegisteredContext,
  type ServiceResolver,
  type SignalContext,
  type SizingContext,
  Stage,
  type TapOptions,
} from "./core/kernel/index.js";
export { createLogger, type Logger } from "./core/logging/index.js";
// market time
export * from "./core/market-time/index.js";
export { CLOCK_EVENT_HOOK, type MarketEvents, MarketEventsToken } from "./core/market-time/market-events.js";
export { cmeCalendar } from "./core/market-time/plugin.js";
// params
export {
  canonicalJson,
  createFileStoreProvider,
  DEFAULT_RELOAD_EVERY_MS,
  type DirWatcher,
  defaultParamSet,
  deriveSearchSpace,
  FILE_PROVIDER_NAME,
  formatProblem,
  type ImportOptions,
  type ImportReport,
  importReferenceParams,
  type LoadOptions,
  type LoadResult,
  loadParamFile,
  loadParamText,
  makeParamFile,
  minuteOfDay,
  PARAM_FILE_SCHEMA_VERSION,
  type ParamFile,
  type ParamFileInput,
  ParamFileStore,
  type ParamManifest,
  type ParamProblem,
  type ParamProvider,
  type ParamRequest,
  type ParamRule,
  type ParamSchemaEntry,
  ParamSchemaRegistry,
  ParamSchemaRegistryToken,
  type ParamSet,
  type ParamSlot,
  type ParamStoreOptions,
  type ParamsEventListener,
  type ParamsObjectSchema,
  ParamsRuntime,
  type ParamsRuntimeOptions,
  type ParamsTableOptions,
  type ParamValues,
  type PromoteResult,
  parametersHash,
  paramsForSession,
  paramsInvalidError,
  paramsTableMarkdown,
  type RejectedEvent,
  type ReloadedEvent,
  type ReloadTimer,
  type ReloadTrigger,
  type ResolvedEvent,
  type RollbackResult,
  resolveParamSet,
  rules,
  type SearchDimension,
  type SearchSpace,
  STRICT_EPSILON,
  searchSpaceFromJSON,
  searchSpaceToJSON,
  serializeParamFile,
  type TunableRange,
  timeOfDay,
  toCamelCase,
  tunable,
  tunableRangeOf,
  type ValueSource,
  withRules,
} from "./core/params/index.js";
export { fileParams } from "./core/params/plugin.js";
export { createParamsService, type ParamsService, ParamsToken } from "./core/params/service.js";
// plugins
export {
  definePlugin,
  type PluginContext,
  type PluginDefinition,
  type PluginFactory,
  type PluginInstance,
  type PluginMeta,
  type PluginServices,
} from "./core/plugin/index.js";
// strategy
export {
  type AnyStrategy,
  type BarHistory,
  type BarView,
  DEFAULT_SCHEDULE,
  type DecideContext,
  defineStrategy,
  type EntryInit,
  type EntrySide,
  type EntrySignal,
  type EntryType,
  type ExitSignal,
  type FeatureDecl,
  type FeatureNames,
  type FeatureView,
  type HoldSignal,
  INSTRUMENTS,
  type InstrumentSpec,
  instrumentOf,
  isEntry,
  type LabelView,
  type ModifyInit,
  type ModifySignal,
  type PositionView,
  type RegisteredStrategy,
  roundToTick,
  runScreen,
  type ScheduleRow,
  type ScreenInput,
  type ScreenSession,
  Signal,
  type SignalKind,
  STRATEGY_API_VERSION,
  type Strategy,
  type StrategyDefinition,
  type StrategyRegistrar,
  type StrategyRegistrationOptions,
  StrategyRegistry,
  StrategyRegistryToken,
  type StrategySchedule,
  scheduleMultiplier,
  type WarmupSpec,
} from "./core/strategy/index.js";
export { SDK_VERSION } from "./core/version.js";
