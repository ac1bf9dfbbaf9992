import { Command } from "commander";
import { SDK_VERSION } from "../core/version.js";
import { registerBacktestCommand } from "./commands/backtest.js";
import { registerCalendarCommands } from "./commands/calendar.js";
import { registerDataCommands } from "./commands/data.js";
import { registerFeaturesCommands } from "./commands/features.js";
import { registerInfoCommand } from "./commands/info.js";
import { registerParamsCommands } from "./commands/params.js";

/**
 * Builds the `sessionkit` program. Each command lives in commands/<area>.ts and registers itself;
 * a command that is not built yet is absent, never a stub.
 */
export function buildProgram(): Command {
  const program = new Command("sessionkit")
    .description("Build, tune and safely run session-aware intraday strategies on CME equity-index futures.")
    .version(SDK_VERSION, "-v, --version")
    .option("-c, --config <file>", "bot config file (default: ./bot.config.ts, else the built-in default bot)")
    .option(
      "--mode <mode>",
      "config mode passed to defineConfig functions",
      process.env.SESSIONKIT_MODE ?? "development",
    )
    .option("--debug", "show stack traces and debug logs")
    .showHelpAfterError("(run with --help for usage)");
  registerInfoCommand(program);
  registerCalendarCommands(program);
  registerDataCommands(program);
  registerParamsCommands(program);
  registerFeaturesCommands(program);
  registerBacktestCommand(program);
  return program;
}
