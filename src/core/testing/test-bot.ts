import { resolveConfig } from "../config/index.js";
import type { BotConfigInput } from "../config/schema.js";
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
