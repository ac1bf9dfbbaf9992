import { type Command, CommanderError } from "commander";
import { renderForCli } from "../core/errors/index.js";
import { buildProgram } from "./program.js";

/**
 * Runs the CLI and returns the exit code. Errors print the coded message and hint on stderr, with
 * the stack only under --debug. Never calls process.exit (piped stdout would be truncated).
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  // Subcommands copy these settings only when created after them, so set them on every command:
  // otherwise a usage error in a subcommand (a conflict, a missing value) calls process.exit(1).
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.configureOutput({ writeErr: (s) => process.stderr.write(s) });
    for (const sub of cmd.commands) override(sub);
  };
  override(program);
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors were already printed by commander.
      return e.exitCode === 0 ? 0 : 2;
    }
    const { text, exitCode } = renderForCli(e, debug);
    process.stderr.write(`${text}\n`);
    return exitCode;
  }
}
