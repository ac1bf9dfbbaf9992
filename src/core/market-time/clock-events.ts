import type { MarketClock } from "./market-clock.js";
import type { MarketState } from "./market-state.js";
import type { TimerSource } from "./time-source.js";

/** What live mode announces; the integrator binds these to `hooks.market.*`. */
export const CLOCK_EVENT_TYPES = [
  "maintenance-end",
  "trade-date-roll",
  "session-open",
  "session-change",
  "session-close",
  "maintenance-start",
] as const;
export type ClockEventType = (typeof CLOCK_EVENT_TYPES)[number];

export interface ClockEvent {
  readonly type: ClockEventType;
  /** The transition instant (epoch ms): the state changes exactly here. */
  readonly at: number;
  /** State at `at`. */
  readonly state: MarketState;
  /** State 1 ms before `at`. */
  readonly previous: MarketState;
}

// A weekend or holiday gap has a handful of closed-to-closed transitions (reason or DST changes) with
// no event; far fewer than this bound.
const MAX_SILENT_TRANSITIONS = 256;

/** Events at one boundary, in the order listeners should see them (close before maintenance, roll before open). */
export function eventsAt(clock: MarketClock, at: number): ClockEvent[] {
  const previous = clock.state(at - 1);
  const state = clock.state(at);
  const types: ClockEventType[] = [];
  if (previous.open && !state.open) {
    types.push("session-close");
    if (state.reason === "maintenance") types.push("maintenance-start");
  } else if (!previous.open && state.open) {
    if (previous.reason === "maintenance") types.push("maintenance-end");
    types.push("trade-date-roll", "session-open");
  } else if (previous.open && state.open && previous.session !== state.session) {
    types.push("session-change");
  }
  return types.map((type) => ({ type, at, state, previous }));
}

/**
 * Computes the market's next clock events from a MarketClock and emits them through one callback at
 * their instants, using the given TimerSource for "now" and wake-ups. If a wake-up comes late (a sleeping
 * machine, a paused replay), every missed event is emitted in order before the next one is scheduled.
 */
export class ClockEventSource {
  private cancel: (() => void) | undefined;
  private cursor = 0;

  constructor(
    private readonly clock: MarketClock,
    private readonly time: TimerSource,
    private readonly emit: (event: ClockEvent) => void,
  ) {}

  get running(): boolean {
    return this.cancel !== undefined;
  }

  /** The events at the first transition after `after` that has any. */
  nextEvents(after: number): ClockEvent[] {
    let t = after;
    for (let i = 0; i < MAX_SILENT_TRANSITIONS; i++) {
      t = this.clock.nextTransition(t);
      const events = eventsAt(this.clock, t);
      if (events.length > 0) return events;
    }
    throw new Error(`no clock event within ${MAX_SILENT_TRANSITIONS} transitions after ${after}`);
  }

  /** Starts emitting from now on (events at instants after now). */
  start(): void {
    if (this.running) return;
    this.cursor = this.time.now();
    this.armNext();
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private armNext(): void {
    const next = this.nextEvents(this.cursor)[0]!.at;
    this.cancel = this.time.schedule(next, () => this.fire());
  }

  private fire(): void {
    const now = this.time.now();
    try {
      for (;;) {
        const events = this.nextEvents(this.cursor);
        if (events[0]!.at > now) break;
        this.cursor = events[0]!.at;
        for (const e of events) this.emit(e);
      }
    } finally {
      // A throwing listener must not stop the clock: re-arm, then let the error surface.
      if (this.cancel !== undefined) this.armNext();
    }
  }
}
