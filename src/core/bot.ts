import { builtinPlugins } from "./builtins.js";
import type { BotConfigInput } from "./config/index.js";
import { type ConfigEnv, loadConfig, resolveConfig } from "./config/index.js";
import { Kernel } from "./kernel/index.js";
import type { Logger } from "./logging/index.js";

export interface CreateBotOptions {
  /** A config object (embedding), a path to bot.config.ts, or undefined (./bot.config.ts or the default bot). */
  readonly config?: BotConfigInput | string;
  readonly cwd?: string;
  readonly command?: string;
  readonly mode?: string;
  readonly logger?: Logger;
  readonly env?: NodeJS.ProcessEnv;
  /** The bot to build when there is no config file (default: built-in plugins only). */
  readonly fallback?: (env: ConfigEnv) => BotConfigInput | Promise<BotConfigInput>;
}

/** The bot a command builds when there is no config: built-in plugins only. */
export function defaultBotConfig(_env: ConfigEnv): BotConfigInput {
  return { name: "default" };
}

/**
 * Configures and boots a bot (register → seal → init). Each call has its own container and hooks,
 * so several bots can live in one process. Call `shutdown()` when done.
 */
export async function createBot(opts: CreateBotOptions = {}): Promise<Kernel> {
  const command = opts.command ?? "run";
  const mode = opts.mode ?? "development";
  const config =
    typeof opts.config === "object"
      ? resolveConfig(opts.config, { cwd: opts.cwd, builtins: builtinPlugins(), env: opts.env })
      : await loadConfig({
          config: opts.config,
          cwd: opts.cwd,
          command,
          mode,
          env: opts.env,
          builtins: builtinPlugins(),
          fallback: opts.fallback ?? defaultBotConfig,
        });
  return Kernel.start(config, { command, mode, logger: opts.logger });
}
