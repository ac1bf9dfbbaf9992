/**
 * `sessionkit/testing`: helpers for testing plugins (conformance kits join here as their subsystems land).
 * @packageDocumentation
 */
import "reflect-metadata";

export { ManualTimeSource } from "../market-time/time-source.js";
export {
  detectLookahead,
  type LookaheadOptions,
  type LookaheadReport,
  type LookaheadViolation,
  perturbAfter,
} from "./lookahead.js";
export { sharedDataDir } from "./shared-data.js";
export {
  defaultContractData,
  describeStrategyContract,
  type StrategyContractOptions,
} from "./strategy-contract.js";
export { createTestBot, type TestBotOptions } from "./test-bot.js";
