export type { BarHistory, BarView, DecideContext, FeatureView, LabelView, PositionView } from "./context.js";
export { type CursorFeatures, type CursorInit, StrategyCursor } from "./cursor.js";
export {
  type AnyStrategy,
  defineStrategy,
  type FeatureDecl,
  type FeatureNames,
  type ResolvedFeatures,
  type ResolvedWarmup,
  STRATEGY_API_VERSION,
  type Strategy,
  type StrategyDefinition,
  type WarmupInput,
  type WarmupSpec,
} from "./define-strategy.js";
export { checkSignal, decideFailed, guardedDecide, type SignalOrigin } from "./guard.js";
export { INSTRUMENTS, type InstrumentSpec, instrumentOf, roundToTick } from "./instruments.js";
export { PositionReader, PositionState } from "./position-state.js";
export {
  type RegisteredStrategy,
  type StrategyRegistrar,
  type StrategyRegistrationOptions,
  StrategyRegistry,
  StrategyRegistryToken,
} from "./registry.js";
export {
  DEFAULT_SCHEDULE,
  type OwnWindow,
  type ScheduleRow,
  type StrategySchedule,
  scheduledStrategyIds,
  scheduleMultiplier,
  scheduleTable,
} from "./schedule.js";
export { runScreen, type ScreenInput, type ScreenSession } from "./screen.js";
export {
  type EntryInit,
  type EntrySide,
  type EntrySignal,
  type EntryType,
  type ExitSignal,
  type HoldSignal,
  isEntry,
  type ModifyInit,
  type ModifySignal,
  Signal,
  type SignalKind,
} from "./signal.js";
