import { createToken } from "../di/token.js";
import { type ClockEvent, ClockEventSource, type ClockEventType } from "./clock-events.js";
import type { MarketClock } from "./market-clock.js";
import { systemTimerSource, type TimerSource } from "./time-source.js";

/** Starts and stops live clock events for a bot; each event fires the matching `hooks.market.*` hook. */
export interface MarketEvents {
  /** Starts emitting from now on (the system clock unless a TimerSource is given). Idempotent. */
  start(time?: TimerSource): void;
  stop(): void;
  readonly running: boolean;
}

export const MarketEventsToken = createToken<MarketEvents>("MarketEvents");

/** Hook name for each clock event type. */
export const CLOCK_EVENT_HOOK = {
  "session-open": "sessionOpen",
  "session-close": "sessionClose",
  "session-change": "sessionChange",
  "maintenance-start": "maintenanceStart",
  "maintenance-end": "maintenanceEnd",
  "trade-date-roll": "tradeDateRoll",
} as const satisfies Record<ClockEventType, string>;

export function createMarketEvents(clock: MarketClock, emit: (event: ClockEvent) => void): MarketEvents {
  let source: ClockEventSource | undefined;
  return {
    start(time = systemTimerSource) {
      if (source?.running) return;
      source = new ClockEventSource(clock, time, emit);
      source.start();
    },
    stop() {
      source?.stop();
      source = undefined;
    },
    get running() {
      return source?.running ?? false;
    },
  };
}
