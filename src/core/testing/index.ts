/**
 * `sessionkit/testing`: conformance kits and helpers for testing plugins; the real-data helpers serve the
 * repository's own tests over ../shared/data.
 * @packageDocumentation
 */
import "reflect-metadata";

export { ManualTimeSource } from "../market-time/time-source.js";
export { expectGolden, UPDATE_GOLDENS_ENV } from "./golden.js";
export {
  detectLookahead,
  type LookaheadOptions,
  type LookaheadReport,
  type LookaheadViolation,
  perturbAfter,
} from "./lookahead.js";
export { describeProviderContract, type ProviderContractOptions } from "./provider-contract.js";
export {
  backtestFile,
  coverage,
  type Dataset,
  dataset,
  type GoldenTrade,
  head,
  SHARED_FILES,
  tradesWithSignals,
} from "./real-data.js";
export { sharedDataDir } from "./shared-data.js";
export {
  defaultContractData,
  describeStrategyContract,
  type StrategyContractOptions,
} from "./strategy-contract.js";
export { createTestBot, type TestBotOptions } from "./test-bot.js";
