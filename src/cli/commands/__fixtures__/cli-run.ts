// Runs the whole `sessionkit` program in-process (runCli, as bin/main does) and captures its output.
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { runCli } from "../../run-cli.js";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Path of a fixture in this folder. */
export const cliFixture = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** `sessionkit ...args`: the exit code runCli returns, and what went to stdout and stderr. */
export async function cli(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  const exitBefore = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await runCli(["node", "sessionkit", ...args]);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = exitBefore;
  }
}

/**
 * Test options for suites that boot a bot in-process: the first boot of a test file loads the config
 * with jiti (which transpiles the sources it imports) and can take several seconds on a loaded machine.
 */
export const BOOTS = { timeout: 30_000 } as const;
