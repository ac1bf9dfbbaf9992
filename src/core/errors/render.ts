import { CATALOGUE } from "./catalogue.js";
import { isSessionkitError, SessionkitError } from "./sessionkit-error.js";

/** Normalises anything thrown into a SessionkitError (unknown throws become SK_INTERNAL). */
export function toSessionkitError(e: unknown): SessionkitError {
  if (isSessionkitError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new SessionkitError("SK_INTERNAL", message, { cause: e });
}

/** What the CLI prints on failure: the coded message and hint; the stack only with --debug. */
export function renderForCli(e: unknown, debug: boolean): { text: string; exitCode: number } {
  const err = toSessionkitError(e);
  let text = err.render();
  if (debug) {
    text += `\n${err.stack ?? ""}`;
    let cause = err.cause;
    while (cause instanceof Error) {
      text += `\ncaused by: ${cause.stack ?? cause.message}`;
      cause = cause.cause;
    }
  }
  return { text, exitCode: err.exitCode ?? CATALOGUE.SK_INTERNAL.exitCode };
}
