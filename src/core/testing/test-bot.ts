import { resolveConfig } from "../config/index.js";
import type { BotConfigInput } from "../config/schema.js";
import type { TimeSource } from "../di/index.js";
import { Kernel } from "../kernel/index.js";
import { createLogger, type Logger } from "../logging/index.js";

export interface TestBotOptions {
  /** Include the built-in plugins (default false, so a plugin is tested alone). */
  readonly builtins?: boolean;
  /** Logger; default silent. */
  readonly logger?: Logger;
  readonly command?: string;
}

/**
 * Boots a bot for a plugin's own tests: a silent logger, no config file, built-ins off unless asked.
 * Remember `await bot.shutdown()`.
 */
export async function createTestBot(config: BotConfigInput, opts: TestBotOptions = {}): Promise<Kernel> {
  const { builtinPlugins } = await import("../builtins.js");
  const resolved = resolveConfig(
    { ...config, builtins: opts.builtins ?? false },
    { builtins: builtinPlugins(), env: {} },
  );
  return Kernel.start(resolved, {
    logger: opts.logger ?? createLogger({ level: "silent" }),
    command: opts.command ?? "test",
  });
}

/** A hand-driven clock for tests and replays: time moves only when told to. */
export class FakeTime implements TimeSource {
  #now: number;

  constructor(start: number | string) {
    this.#now = typeof start === "number" ? start : Date.parse(start);
    if (!Number.isFinite(this.#now)) throw new RangeError(`FakeTime: invalid start ${String(start)}`);
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`FakeTime.advance: ms must be >= 0, got ${ms}`);
    this.#now += ms;
    return this.#now;
  }

  set(at: number | string): void {
    const t = typeof at === "number" ? at : Date.parse(at);
    if (!Number.isFinite(t)) throw new RangeError(`FakeTime.set: invalid time ${String(at)}`);
    this.#now = t;
  }
}
