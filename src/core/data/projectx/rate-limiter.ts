import type { ClientClock } from "./clock.js";

/**
 * Client-side sliding-window limiter: at most `limit` requests in any `windowMs`. ProjectX documents
 * 50 / 30 s for History/retrieveBars and 200 / 60 s for everything else and answers 429 beyond that, so
 * the client waits instead of being refused. Calls are serialised through a promise chain so concurrent
 * callers cannot both take the last slot.
 */
export class RateLimiter {
  private readonly stamps: number[] = [];
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: ClientClock,
  ) {}

  acquire(): Promise<void> {
    const next = this.chain.then(() => this.take());
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.stamps.length > 0 && this.stamps[0]! <= now - this.windowMs) this.stamps.shift();
      if (this.stamps.length < this.limit) {
        this.stamps.push(now);
        return;
      }
      await this.clock.sleep(this.stamps[0]! + this.windowMs - now);
    }
  }
}

export const HISTORY_LIMIT = { limit: 50, windowMs: 30_000 } as const;
export const GENERAL_LIMIT = { limit: 200, windowMs: 60_000 } as const;
