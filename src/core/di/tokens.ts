import type { Logger } from "../logging/logger.js";
import { createToken } from "./token.js";

// Core service tokens. Subsystems declare their own tokens next to their service interface
// (e.g. market-time's MarketClockToken) so this file never becomes a dependency hub.

/** The bot's root logger (pino, to stderr, secrets redacted). */
export const LoggerToken = createToken<Logger>("Logger");

/** The bot's resolved, deep-frozen config. Typed loosely here to avoid a config → di import cycle. */
export const ConfigToken = createToken<Readonly<Record<string, unknown>>>("Config");

/** Wall-clock source; tests and replays substitute a fake. */
export interface TimeSource {
  now(): number;
}
export const TimeSourceToken = createToken<TimeSource>("TimeSource");
