/**
 * sessionkit: build, tune and safely run session-aware intraday strategies on CME equity-index futures.
 * This is the public entry; plugins import only from here (DESIGN rule 1).
 * @packageDocumentation
 */
import "reflect-metadata";

export { z } from "zod";
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
// kernel
export {
  type BotInfo,
  type CalendarRequest,
  type HookInfo,
  type Hooks,
  type InitContext,
  Kernel,
  type PluginHooks,
  type ReadyContext,
  type RegisteredContext,
  type ServiceResolver,
  Stage,
  type TapOptions,
} from "./core/kernel/index.js";
export { createLogger, type Logger } from "./core/logging/index.js";
// market time
export * from "./core/market-time/index.js";
export { CLOCK_EVENT_HOOK, type MarketEvents, MarketEventsToken } from "./core/market-time/market-events.js";
export { cmeCalendar } from "./core/market-time/plugin.js";
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
export { SDK_VERSION } from "./core/version.js";
