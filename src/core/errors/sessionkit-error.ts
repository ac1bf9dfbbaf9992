import { CATALOGUE, type ErrorCode } from "./catalogue.js";

/** Where an error points: the file, the field path inside it and the offending value. */
export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
  readonly path?: string;
  readonly value?: unknown;
}

export interface SessionkitErrorInit extends ErrorLocation {
  /** Extra lines shown under the headline, e.g. one per schema issue. */
  readonly details?: readonly string[];
  /** Overrides the catalogue hint when a more specific one is known. */
  readonly hint?: string;
  readonly plugin?: string;
  readonly hook?: string;
  readonly cause?: unknown;
}

// A global brand, so errors are recognised even when two copies of sessionkit are loaded
// (e.g. the CLI from dist/ and a config that resolved another install).
const BRAND = Symbol.for("sessionkit.error");

/** The one error type sessionkit throws: a permanent code, a headline, and where it points. */
export class SessionkitError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];
  readonly hint: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly path: string | undefined;
  readonly value: unknown;
  readonly plugin: string | undefined;
  readonly hook: string | undefined;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, init: SessionkitErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "SessionkitError";
    this.code = code;
    this.details = init.details ?? [];
    this.hint = init.hint ?? CATALOGUE[code].hint;
    this.file = init.file;
    this.line = init.line;
    this.path = init.path;
    this.value = init.value;
    this.plugin = init.plugin;
    this.hook = init.hook;
    this.exitCode = CATALOGUE[code].exitCode;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** The message as the CLI prints it: code, headline, detail lines, hint. No stack. */
  render(): string {
    const lines = [`${this.code}  ${this.message}`];
    for (const d of this.details) lines.push(`  ${d}`);
    const cause = this.cause;
    if (cause !== undefined && this.details.length === 0) {
      lines.push(`  cause: ${describeCause(cause)}`);
    }
    lines.push(`  hint: ${this.hint}`);
    return lines.join("\n");
  }

  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      details: this.details,
      hint: this.hint,
      file: this.file,
      line: this.line,
      path: this.path,
      value: this.value,
      plugin: this.plugin,
      hook: this.hook,
    };
  }
}

export function isSessionkitError(e: unknown): e is SessionkitError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
}

function describeCause(cause: unknown): string {
  if (isSessionkitError(cause)) return `${cause.code} ${cause.message}`;
  if (cause instanceof Error) return cause.message;
  return String(cause);
}

/** Formats a value for an error line: strings quoted, long values cut, never throws. */
export function formatValue(value: unknown, max = 80): string {
  let s: string;
  try {
    if (typeof value === "string") s = JSON.stringify(value);
    else if (typeof value === "number" || typeof value === "boolean" || value === null) s = String(value);
    else if (value === undefined) s = "undefined";
    else if (typeof value === "function") s = `[function ${(value as { name?: string }).name || "anonymous"}]`;
    else if (typeof value === "bigint") s = `${value}n`;
    else s = JSON.stringify(value) ?? String(value);
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
