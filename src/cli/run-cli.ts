import { CommanderError } from "commander";
import { renderForCli } from "../core/errors/index.js";
import { buildProgram } from "./program.js";

/**
 * Runs the CLI and returns the exit code. Errors print the coded message and hint on stderr, with
 * the stack only under --debug. Never calls process.exit (piped stdout would be truncated).
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
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
