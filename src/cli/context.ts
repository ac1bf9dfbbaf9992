import { resolve } from "node:path";
import type { Command } from "commander";
import { createBot } from "../core/bot.js";
import { builtinPlugins } from "../core/builtins.js";
import { type BotConfig, loadConfig } from "../core/config/index.js";
import type { Kernel } from "../core/kernel/index.js";
import { createLogger } from "../core/logging/index.js";
import { cliDefaultBotConfig } from "./default-bot.js";

/** Options every command inherits from the root program. */
export interface GlobalOptions {
  readonly config?: string;
  readonly debug?: boolean;
  readonly mode?: string;
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/**
 * Boots the bot a command works on: --config, else ./bot.config.ts, else the default bot. The caller
 * must `await kernel.shutdown()` (use `withBot`).
 */
export async function bootBot(cmd: Command, command: string): Promise<Kernel> {
  const g = globalOptions(cmd);
  const logger = g.debug ? createLogger({ level: "debug" }) : undefined;
  return createBot({ config: g.config, command, mode: g.mode, logger, fallback: cliDefaultBotConfig });
}

/** Runs `fn` with a booted bot and always shuts it down. */
export async function withBot<T>(cmd: Command, command: string, fn: (kernel: Kernel) => Promise<T> | T): Promise<T> {
  const kernel = await bootBot(cmd, command);
  try {
    return await kernel.run(fn);
  } finally {
    await kernel.shutdown();
  }
}

/** Writes a command's result to stdout (logs go to stderr). */
export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** The bot config a command works on (--config, ./bot.config.ts or the default bot), without booting it. */
export async function loadBotConfigFor(cmd: Command): Promise<BotConfig> {
  const g = globalOptions(cmd);
  return loadConfig({
    config: g.config,
    command: cmd.name(),
    mode: g.mode,
    builtins: builtinPlugins(),
    fallback: cliDefaultBotConfig,
  });
}

/** The bar store folder: the config's data.dir, else ./data beside the config (or in the working directory). */
export async function botDataDir(cmd: Command): Promise<string> {
  const config = await loadBotConfigFor(cmd);
  return config.data.dir ?? resolve(config.root, "data");
}
