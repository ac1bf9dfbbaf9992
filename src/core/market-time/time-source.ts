import type { TimeSource } from "../di/tokens.js";

/**
 * The DI TimeSource ("now") plus wake-ups: what live clock events need. Swapped for ManualTimeSource in
 * tests and replays.
 */
export interface TimerSource extends TimeSource {
  /** Calls `fn` once at (or soon after) instant `at`; returns a function that cancels it. */
  schedule(at: number, fn: () => void): () => void;
}

// setTimeout cannot wait longer than 2^31 − 1 ms; longer waits re-arm in steps.
const MAX_TIMER_MS = 2_147_483_647;

/** The wall clock and real timers. */
export const systemTimerSource: TimerSource = {
  now: () => Date.now(),
  schedule(at, fn) {
    let handle: ReturnType<typeof setTimeout>;
    const arm = () => {
      const wait = at - Date.now();
      handle = setTimeout(wait > MAX_TIMER_MS ? arm : fn, Math.min(Math.max(0, wait), MAX_TIMER_MS));
    };
    arm();
    return () => clearTimeout(handle);
  },
};

/** A time source moved by hand: `advanceTo` runs every due callback in time order. No real timers. */
export class ManualTimeSource implements TimerSource {
  private current: number;
  private readonly pending: { at: number; seq: number; fn: () => void }[] = [];
  private seq = 0;

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(at: number, fn: () => void): () => void {
    const entry = { at, seq: this.seq++, fn };
    this.pending.push(entry);
    return () => {
      const i = this.pending.indexOf(entry);
      if (i >= 0) this.pending.splice(i, 1);
    };
  }

  /** Number of callbacks waiting. */
  get scheduled(): number {
    return this.pending.length;
  }

  /** Moves time forward to `t`, firing due callbacks (including ones they schedule) at their instants. */
  advanceTo(t: number): void {
    for (;;) {
      let next: (typeof this.pending)[number] | undefined;
      for (const p of this.pending)
        if (p.at <= t && (next === undefined || p.at < next.at || (p.at === next.at && p.seq < next.seq))) next = p;
      if (next === undefined) break;
      this.pending.splice(this.pending.indexOf(next), 1);
      this.current = Math.max(this.current, next.at);
      next.fn();
    }
    this.current = Math.max(this.current, t);
  }
}
