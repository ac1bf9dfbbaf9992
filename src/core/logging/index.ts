export { createLogger, type Logger, type LoggerOptions, type LogLevel, REDACT_KEYS } from "./logger.js";
