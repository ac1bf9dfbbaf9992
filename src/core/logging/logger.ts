import pino from "pino";

export type Logger = pino.Logger;
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/**
 * Keys whose values are never logged, at any depth pino's redaction supports. Secrets come only from
 * the environment, but a plugin might still log an options or request object that carries one.
 */
export const REDACT_KEYS = [
  "apiKey",
  "api_key",
  "token",
  "password",
  "secret",
  "authorization",
  "Authorization",
  "PROJECTX_API_KEY",
  "PROJECTX_USERNAME",
] as const;

const redactPaths = REDACT_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `headers.${k}`]);

export interface LoggerOptions {
  readonly level?: LogLevel;
  readonly name?: string;
  /** Where lines go; defaults to stderr (fd 2) so stdout carries only command results. */
  readonly destination?: pino.DestinationStream;
}

/** The root logger of a bot. Each plugin gets `logger.child({ plugin: name })`. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const dest = opts.destination ?? pino.destination({ dest: 2, sync: true });
  return pino(
    {
      level: opts.level ?? "info",
      name: opts.name,
      base: undefined,
      redact: { paths: redactPaths, censor: "[redacted]" },
    },
    dest,
  );
}
